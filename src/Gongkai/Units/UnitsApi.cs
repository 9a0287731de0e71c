using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Units;

internal static class UnitsApi
{
    public static void MapUnitsApi(this WebApplication app)
    {
        app.MapGet("/api/v1/public/units", async (AppDbContext db) => TypedResults.Ok(await ListAsync(db)))
            .WithTags("Public").AllowAnonymous();

        var staff = app.MapGroup("/api/v1/units").WithTags("Units").RequireAuthorization().DisableAntiforgery();
        staff.MapPost("/", async (UnitInput input, SaveUnit save, HttpContext http) =>
        {
            var unit = await save.CreateAsync(input, http.User);
            return TypedResults.Created($"/api/v1/units/{unit.Code}", unit);
        });
        staff.MapPut("/{code}", async (string code, UnitInput input, SaveUnit save, HttpContext http) =>
            TypedResults.Ok(await save.UpdateAsync(code, input, http.User)));
        staff.MapGet("/{code}", async (string code, AppDbContext db) =>
            (await ListAsync(db)).FirstOrDefault(u => u.Code == code) ?? throw new NotFoundException($"单位“{code}”不存在"));
    }

    /// <summary>The whole tree in display order, each unit with its parent's code.</summary>
    public static async Task<List<UnitView>> ListAsync(AppDbContext db)
    {
        var units = await db.Units.AsNoTracking().OrderBy(u => u.SortOrder).ThenBy(u => u.Code).ToListAsync();
        var codes = units.ToDictionary(u => u.Id, u => u.Code);
        return units.Select(u => UnitView.Of(u, u.ParentId is { } p ? codes[p] : null)).ToList();
    }
}
