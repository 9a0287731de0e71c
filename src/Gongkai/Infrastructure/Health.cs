using Gongkai.Data;

namespace Gongkai.Infrastructure;

internal static class Health
{
    public static void MapHealth(this WebApplication app) =>
        app.MapGet("/healthz", async (AppDbContext db, CancellationToken ct) =>
            await db.Database.CanConnectAsync(ct)
                ? Results.Ok(new { status = "ok" })
                : Results.Problem(title: "数据库不可用", statusCode: StatusCodes.Status503ServiceUnavailable))
            .WithTags("Operations").AllowAnonymous();
}
