using Gongkai.Accounts;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Audit;

public sealed record AuditQuery(string? Actor, string? EntityType, string? EntityId, string? Action, DateOnly? From, DateOnly? To, int Page = 1);

internal static class AuditApi
{
    public static IServiceCollection AddAuditTrail(this IServiceCollection services) =>
        services.AddScoped<VerifyAuditChain>();

    public static void MapAuditApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/audit").WithTags("Audit").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        group.MapGet("/", async ([AsParameters] AuditQuery query, AppDbContext db) => TypedResults.Ok(await SearchAsync(db, query, 50)));
        group.MapGet("/verify", async (VerifyAuditChain verify) => TypedResults.Ok(await verify.RunAsync()));
    }

    public static async Task<List<AuditEntry>> SearchAsync(AppDbContext db, AuditQuery query, int pageSize)
    {
        var q = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Actor)) q = q.Where(e => e.Actor == query.Actor);
        if (!string.IsNullOrWhiteSpace(query.EntityType)) q = q.Where(e => e.EntityType == query.EntityType);
        if (!string.IsNullOrWhiteSpace(query.EntityId)) q = q.Where(e => e.EntityId == query.EntityId);
        if (!string.IsNullOrWhiteSpace(query.Action)) q = q.Where(e => e.Action == query.Action);
        if (query.From is { } from) q = q.Where(e => e.At >= from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        if (query.To is { } to) q = q.Where(e => e.At < to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        return await q.OrderByDescending(e => e.Sequence).Skip((Math.Max(query.Page, 1) - 1) * pageSize).Take(pageSize).ToListAsync();
    }
}
