using Gongkai.Infrastructure;

namespace Gongkai.Reports.Rendering;

/// <summary>The renderers by format name; an unknown format is a validation error.</summary>
internal sealed class ReportRenderers(IEnumerable<IReportRenderer> renderers)
{
    public static readonly string[] Formats = ["json", "html", "docx", "pdf", "xlsx"];

    public IReportRenderer Get(string? format) =>
        renderers.FirstOrDefault(r => r.Format == (format ?? "json"))
        ?? throw ValidationException.For("format", $"格式应为 {string.Join("、", Formats)} 之一");
}
