using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.Requests;
using Gongkai.Supervision;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Admin.Supervision;

public sealed class SchemeLine
{
    public string Indicator { get; set; } = "";
    public decimal Weight { get; set; }
    public decimal Deduction { get; set; }
}

/// <summary>A supervisor sets the year's weights and deductions (the same use case as PUT /api/v1/supervision/schemes/{year}).</summary>
[Authorize(Roles = $"{Roles.Supervisor},{Roles.Admin}")]
public sealed class SchemeModel(AppDbContext db, ConfigureScheme configure, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    [BindProperty] public List<SchemeLine> Lines { get; set; } = [];
    public string? Message { get; private set; }

    public async Task OnGetAsync()
    {
        Year = Year is >= 2008 and <= 2100 ? Year : ChinaTime.Today(time).Year;
        var scheme = await db.AssessmentSchemes.AsNoTracking().SingleOrDefaultAsync(s => s.Year == Year);
        var rules = scheme?.Rules ?? Scorecard.DefaultRules;
        Lines = Scorecard.Scorable.Select(d => rules.FirstOrDefault(r => r.Indicator == d.Key) is { } r
            ? new SchemeLine { Indicator = d.Key, Weight = r.Weight, Deduction = r.Deduction }
            : new SchemeLine { Indicator = d.Key }).ToList();
        Message = scheme is null ? "该年度尚未保存考核方案，以下为建议分值。" : null;
    }

    public async Task OnPostAsync()
    {
        Lines = Lines.Where(l => Indicators.IsKnown(l.Indicator)).ToList();
        try
        {
            var rules = Lines.Where(l => l.Weight > 0).Select(l => new SchemeRule(l.Indicator, l.Weight, l.Deduction)).ToList();
            await configure.RunAsync(Year, new SchemeInput(rules), User);
            Message = $"{Year}年度考核方案已保存。";
        }
        catch (ValidationException e)
        {
            foreach (var m in e.Errors.SelectMany(x => x.Value))
            {
                ModelState.AddModelError("", m);
            }
        }
    }
}
