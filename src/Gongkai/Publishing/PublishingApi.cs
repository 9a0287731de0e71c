using System.Globalization;
using Gongkai.Accounts;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Publishing;

internal static class PublishingApi
{
    public static IServiceCollection AddPublishing(this IServiceCollection services)
    {
        services.AddScoped<ScanItem>();
        services.AddScoped<PublishItem>();
        services.AddScoped<RunItemStep>();
        services.AddScoped<Admin.ITodoSource, RegularItemsTodo>();
        services.AddSingleton<PublishingJob>();
        services.AddHostedService(sp => sp.GetRequiredService<PublishingJob>());
        return services;
    }

    public static void MapPublishingApi(this WebApplication app)
    {
        var items = app.MapGroup("/api/v1/items/{id:long}").WithTags("Publishing").RequireAuthorization().DisableAntiforgery();
        foreach (var step in new[] { "submit", "review", "approve", "publish", "withdraw" })
        {
            items.MapPost("/" + step, async (long id, StepInput? input, RunItemStep run, HttpContext http) =>
            {
                var result = await run.RunAsync(id, step, input ?? new StepInput(), http.User);
                http.Response.Headers.ETag = result.ETag;
                return TypedResults.Ok(result);
            });
        }
        items.MapPost("/override", async (long id, StepInput input, RunItemStep run, HttpContext http) =>
            TypedResults.Ok(await run.OverrideAsync(id, input, http.User)));
        items.MapGet("/scan", async (long id, AppDbContext db, ScanItem scan, UnitAccess access, HttpContext http) =>
        {
            var item = await db.Items.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id) ?? throw new NotFoundException($"信息 {id} 不存在");
            await access.EnsureAsync(http.User, item.UnitId);
            var findings = await scan.FindingsAsync(item);
            var overridden = findings.Count > 0 && ConfidentialityScanner.Fingerprint(findings) == item.ScanOverrideFingerprint;
            return TypedResults.Ok(new { id, findings, blocking = findings.Count > 0 && !overridden, overrideReason = overridden ? item.ScanOverrideReason : null });
        });
        items.MapPost("/mask", async (long id, AppDbContext db, ScanItem scan, UnitAccess access, HttpContext http) =>
        {
            var item = await db.Items.SingleOrDefaultAsync(i => i.Id == id) ?? throw new NotFoundException($"信息 {id} 不存在");
            await access.EnsureAsync(http.User, item.UnitId, Roles.Editor, Roles.Reviewer);
            if (item.Status is ItemStatus.Published or ItemStatus.Withdrawn or ItemStatus.Expired)
            {
                throw new ConflictException("已发布的信息请通过修订脱敏");
            }
            var findings = await scan.FindingsAsync(item);
            ScanItem.Mask(item, findings);
            db.RecordAction("mask", nameof(Item), id.ToString(CultureInfo.InvariantCulture), new { masked = findings.Count });
            await db.SaveChangesAsync();
            http.Response.Headers.ETag = item.ETag;
            return TypedResults.Ok(new { id, masked = findings.Count, remaining = await scan.FindingsAsync(item) });
        });
        SensitiveWordsApi.Map(app);
    }
}
