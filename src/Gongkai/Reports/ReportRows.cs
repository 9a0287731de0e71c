using Gongkai.Appeals;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Reports;

/// <summary>
/// The one place that decides, in SQL, which records can count in a cell of the year's report: the report's facts
/// (<see cref="LoadReportFacts"/>) and the drill-down's (<see cref="LoadKeyedFacts"/>) both read through these filters,
/// so they cannot drift. A record left out here counts in no cell (<see cref="ReportCells"/> gives it no cell):
/// <list type="bullet">
/// <item>items published by 31 December that are 规章/行政规范性文件 not repealed before 1 January (issued, repealed, in force),
/// or 行政许可/处罚/强制决定 formed in the year (table 二), or published in the year (any kind: the 2008 template's count);</item>
/// <item>requests received by 31 December and received in the year or still open on 1 January (table 三, and 四 of the year before for the carry-over check);</item>
/// <item>appeals filed in the year (table 四).</item>
/// </list>
/// </summary>
public static class ReportRows
{
    /// <summary>1 January 00:00 China time of the year, and of the next, as UTC instants (published-in-the-year bounds).</summary>
    public static (DateTime Start, DateTime End) Instants(int year) =>
        (new DateTime(year - 1, 12, 31, 16, 0, 0, DateTimeKind.Utc), new DateTime(year, 12, 31, 16, 0, 0, DateTimeKind.Utc));

    public static IQueryable<Item> Items(AppDbContext db, IReadOnlyCollection<int> unitIds, int year)
    {
        var (start, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var (startUtc, endUtc) = Instants(year);
        return db.Items.AsNoTracking().Where(i => unitIds.Contains(i.UnitId) && i.PublishedAt != null && i.PublishedAt < endUtc
            && (i.PublishedAt >= startUtc
                || ((i.Kind == ItemKind.Regulation || i.Kind == ItemKind.NormativeDocument) && (i.RepealedOn == null || i.RepealedOn >= start))
                || ((i.Kind == ItemKind.LicensingDecision || i.Kind == ItemKind.PunishmentDecision || i.Kind == ItemKind.EnforcementDecision)
                    && i.FormedOn >= start && i.FormedOn <= end)));
    }

    public static IQueryable<Request> Requests(AppDbContext db, IReadOnlyCollection<int> unitIds, int year)
    {
        var (start, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return db.Requests.AsNoTracking().Where(r => unitIds.Contains(r.UnitId) && r.ReceivedOn <= end
            && (r.ReceivedOn >= start || r.ClosedOn == null || r.ClosedOn >= start));
    }

    public static IQueryable<Appeal> Appeals(AppDbContext db, IReadOnlyCollection<int> unitIds, int year)
    {
        var (start, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return db.Appeals.AsNoTracking().Where(a => unitIds.Contains(a.UnitId) && a.FiledOn >= start && a.FiledOn <= end);
    }

    /// <summary>An item's fact for table 二 and the 2008 count; its publication day is the China-time day.</summary>
    public static DocumentFact Document(string unitCode, ItemKind kind, DateTime publishedAt, DateOnly? repealedOn, IReadOnlyList<string> channels) =>
        new(unitCode, KindNames[kind], DateOnly.FromDateTime(publishedAt.AddHours(8)), repealedOn, channels);

    private static readonly Dictionary<ItemKind, string> KindNames = Enum.GetValues<ItemKind>().ToDictionary(k => k, k => RequestStatusText.Camel(k));

    /// <summary>The decision fact of a 行政许可/处罚/强制决定 item, null for other kinds.</summary>
    public static DecisionFact? Decision(string unitCode, ItemKind kind, DateOnly formedOn) =>
        DecisionKind(kind) is { } decision ? new DecisionFact(unitCode, decision, formedOn) : null;

    private static string? DecisionKind(ItemKind kind) => kind switch
    {
        ItemKind.LicensingDecision => "licensing",
        ItemKind.PunishmentDecision => "punishment",
        ItemKind.EnforcementDecision => "enforcement",
        _ => null,
    };
}
