namespace Gongkai.Reports;

/// <summary>
/// Figures for a narrative that come from another feature (e.g. supervision's assessment results for 条例 第五十条(四)).
/// Keys must be ones <see cref="ReportFigures.Of"/> declares (with an empty default), so drafts using them are accepted.
/// </summary>
public interface IReportFigureSource
{
    Task<IReadOnlyDictionary<string, string>> FiguresAsync(int unitId, int year, CancellationToken ct);
}
