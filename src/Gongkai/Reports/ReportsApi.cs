using System.Globalization;
using System.Security.Claims;
using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.Reports.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Reports;

/// <summary>
/// Report endpoints. <c>GET /api/v1/reports/annual</c>: anonymous callers (and anyone passing <c>edition</c>) get the
/// published snapshot, latest edition by default; signed-in staff of the unit get the live draft computed from the data.
/// </summary>
internal static class ReportsApi
{
    public static void MapReportsApi(this WebApplication app)
    {
        var staff = app.MapGroup("/api/v1").WithTags("Reports").RequireAuthorization().DisableAntiforgery();
        staff.MapPut("/statistics/proactive/{unit}/{year:int}", (string unit, int year, ProactiveStatisticsInput input, SaveProactiveStatistics save, HttpContext http) =>
            save.RunAsync(unit, year, input, http.User));
        staff.MapPost("/reports/annual/{unit}/{year:int}/publish", async (string unit, int year, PublishInput? input, PublishAnnualReport publish, HttpContext http) =>
        {
            var view = await publish.RunAsync(unit, year, input ?? new PublishInput(null, null, null), http.User, http.RequestAborted);
            return TypedResults.Created($"/api/v1/reports/annual?unit={view.Unit}&year={view.Year}&edition={view.Edition}", view);
        });
        staff.MapPut("/reports/annual/{unit}/{year:int}/narrative/{section}", (string unit, int year, string section, NarrativeInput input, SaveNarrativeDraft save, HttpContext http) =>
            save.RunAsync(unit, year, section, input, http.User));

        var open = app.MapGroup("/api/v1/reports").WithTags("Reports").AllowAnonymous();
        open.MapGet("/annual", GetAsync);
        open.MapGet("/annual/published", async (string? unit, AppDbContext db) =>
            TypedResults.Ok(await ListPublishedAsync(db, unit)));
    }

    private static async Task<IResult> GetAsync(string? year, string? unit, string? scope, string? template, string? format, string? edition,
        HttpContext http, ReportRenderers renderers, GenerateAnnualReport generate, UnitAccess access, AppDbContext db, TimeProvider time)
    {
        var renderer = renderers.Get(format);
        int? Parse(string? value, string field) => value is null ? null
            : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw ValidationException.For(field, "应为正整数");
        var request = new ReportRequest(Parse(year, "year"), unit, scope, template);
        var wantedEdition = Parse(edition, "edition");
        ReportDocument document;
        if (http.User.Identity?.IsAuthenticated == true && wantedEdition is null)
        {
            var (draft, owner) = await generate.RunAsync(request, http.RequestAborted);
            await access.EnsureAsync(http.User, owner.Id);
            document = draft;
        }
        else
        {
            GenerateAnnualReport.Validate(request, time.GetUtcNow().Year);
            var owner = await GenerateAnnualReport.ResolveUnitAsync(db, unit, http.RequestAborted);
            var published = await db.PublishedReports.AsNoTracking()
                .Where(r => r.UnitId == owner.Id && r.Year == request.Year && (wantedEdition == null || r.Edition == wantedEdition))
                .OrderByDescending(r => r.Edition).FirstOrDefaultAsync(http.RequestAborted)
                ?? throw new NotFoundException($"{owner.Name}{request.Year}年政府信息公开工作年度报告尚未发布");
            if (renderer.Format == "html")
            {
                return Results.Content(HtmlReportRenderer.Page($"{ReportFigures.ShortName(published.UnitName)}{published.Year}年政府信息公开工作年度报告", published.Html), renderer.ContentType);
            }
            document = PublishAnnualReport.Thaw(published);
        }
        var bytes = renderer.Render(document);
        return renderer.Format is "json" or "html"
            ? Results.Bytes(bytes, renderer.ContentType)
            : Results.File(bytes, renderer.ContentType, $"{document.Report.Unit}-{document.Report.Year}-annual-report.{renderer.Format}");
    }

    public static async Task<List<PublishedReportView>> ListPublishedAsync(AppDbContext db, string? unit)
    {
        var rows = await db.PublishedReports.AsNoTracking().Where(r => unit == null || r.UnitCode == unit).ToListAsync();
        return [.. rows.GroupBy(r => (r.UnitId, r.Year)).Select(g => g.MaxBy(r => r.Edition)!)
            .OrderByDescending(r => r.Year).ThenBy(r => r.UnitCode).Select(PublishAnnualReport.View)];
    }
}
