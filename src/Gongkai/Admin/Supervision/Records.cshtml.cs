using Gongkai.Accounts;
using Gongkai.Supervision;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Admin.Supervision;

/// <summary>The records behind a figure: one indicator (or all) of a period, per unit, with its definition.</summary>
[Authorize(Roles = $"{Roles.Supervisor},{Roles.UnitAdmin},{Roles.Admin}")]
public sealed class RecordsModel(ComputeScores scores) : PageModel
{
    public string PeriodName { get; private set; } = "";
    public List<UnitIndicators> Rows { get; private set; } = [];

    public async Task OnGetAsync(string? indicator, string? period, string? unit)
    {
        var p = Period.Parse(period);
        PeriodName = p.Chinese;
        var all = await scores.IndicatorsAsync(p, string.IsNullOrWhiteSpace(unit) ? null : unit, User);
        Rows = all.Select(u => u with { Indicators = u.Indicators.Where(v => indicator is null or "all" || v.Key == indicator).ToList() })
            .Where(u => unit is not null || u.Indicators.Any(v => v.Records.Count > 0)).ToList();
    }
}
