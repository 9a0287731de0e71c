using Gongkai.Data;

namespace Gongkai.Reports;

/// <summary>The report's facts read from the records themselves (<see cref="LoadKeyedFacts"/>, without the record references).</summary>
internal sealed class RecordReportFacts(AppDbContext db) : IReportFacts
{
    public async Task<ReportFacts> LoadAsync(IReadOnlyCollection<string> unitCodes, int year, CancellationToken ct) =>
        (await LoadKeyedFacts.RunAsync(db, unitCodes, year, ct)).Facts;
}
