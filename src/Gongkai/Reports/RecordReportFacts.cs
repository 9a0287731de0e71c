using Gongkai.Data;

namespace Gongkai.Reports;

/// <summary>The report's facts read from the records themselves (<see cref="LoadReportFacts"/>: the rows that can count, without record references).</summary>
internal sealed class RecordReportFacts(AppDbContext db) : IReportFacts
{
    public Task<ReportFacts> LoadAsync(IReadOnlyCollection<string> unitCodes, int year, CancellationToken ct) =>
        LoadReportFacts.RunAsync(db, unitCodes, year, ct);
}
