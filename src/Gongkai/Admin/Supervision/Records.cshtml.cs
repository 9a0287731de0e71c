using Gongkai.Accounts;
using Gongkai.Infrastructure;
using Gongkai.Supervision;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Admin.Supervision;

/// <summary>
/// The records behind a figure: one indicator (or all) of a period, per unit, with its definition; for one unit and a year,
/// also its score line by line and the supervisor's adjustments (a reason is required).
/// </summary>
[Authorize(Roles = $"{Roles.Supervisor},{Roles.UnitAdmin},{Roles.Admin}")]
public sealed class RecordsModel(ComputeScores scores, AdjustScore adjust) : PageModel
{
    public string PeriodName { get; private set; } = "";
    public List<UnitIndicators> Rows { get; private set; } = [];
    public UnitScore? Score { get; private set; }
    public string? Message { get; private set; }

    /// <summary>A dashboard bar's part of the indicator (a channel, an outcome group, a rating level, <c>open</c>), or all.</summary>
    public string? Part { get; private set; }

    public async Task OnGetAsync(string? indicator, string? period, string? unit, string? part)
    {
        Part = string.IsNullOrWhiteSpace(part) ? null : part;
        await LoadAsync(indicator, period, unit);
    }

    public async Task OnPostAsync(string? period, string? unit, decimal? points, string? reason)
    {
        try
        {
            await adjust.RunAsync(Period.Parse(period).Year, unit ?? "", new AdjustmentInput(points, reason), User);
            Message = "调整已记录。";
        }
        catch (ValidationException e)
        {
            foreach (var m in e.Errors.SelectMany(x => x.Value))
            {
                ModelState.AddModelError("", m);
            }
        }
        await LoadAsync("all", period, unit);
    }

    private async Task LoadAsync(string? indicator, string? period, string? unit)
    {
        var p = Period.Parse(period);
        PeriodName = p.Chinese;
        var one = string.IsNullOrWhiteSpace(unit) ? null : unit;
        var all = await scores.IndicatorsAsync(p, one, User);
        Rows = all.Select(u => u with
            {
                Indicators = u.Indicators.Where(v => indicator is null or "all" || v.Key == indicator)
                    .Select(v => Part is null ? v : v with { Records = [.. v.Records.Where(r => r.Parts?.Contains(Part) == true)] }).ToList(),
            })
            .Where(u => one is not null || u.Indicators.Any(v => v.Records.Count > 0)).ToList();
        if (one is not null && p.Kind == PeriodKind.Year)
        {
            try
            {
                Score = (await scores.ScoresAsync(p.Year, p.Code, one, User)).Units.Single();
            }
            catch (NotFoundException)
            {
                Score = null;
            }
        }
    }
}
