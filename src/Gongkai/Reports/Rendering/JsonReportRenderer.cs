using System.Text;

namespace Gongkai.Reports.Rendering;

internal sealed class JsonReportRenderer : IReportRenderer
{
    public string Format => "json";
    public string ContentType => "application/json; charset=utf-8";
    public byte[] Render(ReportDocument document) => Encoding.UTF8.GetBytes(ReportJson.Serialize(document.Report));
}
