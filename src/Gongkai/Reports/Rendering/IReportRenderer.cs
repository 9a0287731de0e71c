namespace Gongkai.Reports.Rendering;

/// <summary>Writes a report in one format (json, html, docx, pdf, xlsx).</summary>
public interface IReportRenderer
{
    string Format { get; }
    string ContentType { get; }
    byte[] Render(ReportDocument document);
}
