using System.Globalization;
using System.Security.Claims;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Supervision;

public sealed record SchemeInput(List<SchemeRule>? Rules);

public sealed record SchemeView(int Year, IReadOnlyList<SchemeRuleView> Rules, DateTime UpdatedAt, string? UpdatedBy);

public sealed record SchemeRuleView(string Indicator, string Name, string Definition, decimal Weight, decimal Deduction);

/// <summary>A supervisor sets the year's scheme (new or replaced); audited.</summary>
public sealed class ConfigureScheme(AppDbContext db, TimeProvider time)
{
    public async Task<SchemeView> RunAsync(int year, SchemeInput input, ClaimsPrincipal user, CancellationToken ct = default)
    {
        ComputeScores.EnsureSupervisor(user);
        if (year is < 2008 or > 2100)
        {
            throw ValidationException.For("year", "年度无效");
        }
        var rules = input.Rules ?? [];
        Scorecard.Validate(rules);
        var scheme = await db.AssessmentSchemes.SingleOrDefaultAsync(s => s.Year == year, ct);
        if (scheme is null)
        {
            scheme = new AssessmentScheme { Year = year };
            db.AssessmentSchemes.Add(scheme);
        }
        scheme.Configure(rules, time.GetUtcNow().UtcDateTime, user.Identity?.Name);
        db.RecordAction("configureScheme", nameof(AssessmentScheme), year.ToString(CultureInfo.InvariantCulture), new { rules });
        await db.SaveChangesAsync(ct);
        return View(scheme);
    }

    public static SchemeView View(AssessmentScheme s) => new(s.Year,
        s.Rules.Select(r => new SchemeRuleView(r.Indicator, Indicators.Get(r.Indicator).Name, Indicators.Get(r.Indicator).Definition, r.Weight, r.Deduction)).ToList(),
        s.UpdatedAt, s.UpdatedBy);
}
