using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Appeals;

internal static class AppealsApi
{
    public static IServiceCollection AddAppeals(this IServiceCollection services) => services.AddScoped<RecordAppeal>();

    public static void MapAppealsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/appeals").WithTags("Appeals").RequireAuthorization().DisableAntiforgery();
        group.MapPost("/", async (AppealInput input, RecordAppeal record, HttpContext http) =>
        {
            var view = await record.RunAsync(input, http.User);
            return TypedResults.Created($"/api/v1/appeals/{view.Id}", view);
        });
        group.MapGet("/", async (string? unit, int? year, AppDbContext db, UnitAccess access, HttpContext http) =>
        {
            var scoped = await access.ScopedUnitIdsAsync(http.User);
            var query = db.Appeals.AsNoTracking().Where(a => scoped.Contains(a.UnitId));
            if (!string.IsNullOrWhiteSpace(unit))
            {
                query = query.Where(a => a.Unit!.Code == unit);
            }
            if (year is { } y)
            {
                query = query.Where(a => a.FiledOn >= new DateOnly(y, 1, 1) && a.FiledOn <= new DateOnly(y, 12, 31));
            }
            var rows = await query.Include(a => a.Unit).OrderByDescending(a => a.FiledOn).ToListAsync();
            return TypedResults.Ok(rows.Select(a => RecordAppeal.View(a, a.Unit!.Code)).ToList());
        });
    }
}
