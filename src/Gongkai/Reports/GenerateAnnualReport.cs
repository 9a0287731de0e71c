using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.Units;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Reports;

public sealed record ReportRequest(int? Year, string? Unit, string? Scope, string? Template);

/// <summary>Computes a unit's report for a year from the current data (a draft), with its narrative filled in.</summary>
public sealed class GenerateAnnualReport(AppDbContext db, IReportFacts facts, TimeProvider time, IEnumerable<IReportFigureSource> sources)
{
    public static readonly string[] Scopes = ["self", "tree"];

    public async Task<(ReportDocument Document, Unit Unit)> RunAsync(ReportRequest request, CancellationToken ct = default)
    {
        var (year, scope, template) = Validate(request, time.GetUtcNow().Year);
        var unit = await ResolveUnitAsync(db, request.Unit, ct);
        var codes = scope == "self" ? [unit.Code] : await TreeCodesAsync(db, unit.Id, ct);
        var loaded = await facts.LoadAsync(codes, year, ct);
        var report = BuildAnnualReport.For(loaded, year, unit.Code, scope, template);
        var drafts = await db.NarrativeDrafts.AsNoTracking()
            .Where(d => d.UnitId == unit.Id && d.Year == year && d.Template == template)
            .ToDictionaryAsync(d => d.Section, d => d.Text, ct);
        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var (key, value) in await source.FiguresAsync(unit.Id, year, ct))
            {
                extra[key] = value;
            }
        }
        return (ReportDocument.Compose(report, unit.Name, drafts, extra), unit);
    }

    public static (int Year, string Scope, string Template) Validate(ReportRequest request, int currentYear)
    {
        var errors = new ValidationErrors();
        if (request.Year is not { } year || year < 2008 || year > currentYear)
        {
            errors.Add("year", $"年度应为2008至{currentYear}之间的年份");
        }
        var scope = request.Scope ?? "self";
        if (!Scopes.Contains(scope))
        {
            errors.Add("scope", "范围应为 self（本单位）或 tree（本单位及下属单位）");
        }
        var template = request.Template ?? ReportTemplates.DefaultFor(request.Year ?? currentYear);
        if (!ReportTemplates.All.Contains(template))
        {
            errors.Add("template", "模板应为 2021、2019 或 2008");
        }
        errors.ThrowIfAny();
        return (request.Year!.Value, scope, template);
    }

    /// <summary>The named unit, or the top government unit (the county) by default.</summary>
    public static async Task<Unit> ResolveUnitAsync(AppDbContext db, string? code, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(code))
        {
            return await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, ct)
                ?? throw new NotFoundException($"单位“{code}”不存在");
        }
        return await db.Units.AsNoTracking().Where(u => u.ParentId == null)
            .OrderBy(u => u.Kind == UnitKind.Government ? 0 : 1).ThenBy(u => u.SortOrder).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("尚未建立任何单位");
    }

    public static async Task<List<string>> TreeCodesAsync(AppDbContext db, int rootId, CancellationToken ct)
    {
        var all = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.Code }).ToListAsync(ct);
        var children = all.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value);
        var codes = new List<string>();
        var stack = new Stack<int>([rootId]);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            codes.Add(all.First(u => u.Id == id).Code);
            foreach (var child in children[id])
            {
                stack.Push(child.Id);
            }
        }
        return codes;
    }
}
