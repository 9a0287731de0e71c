using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Catalog;

internal static class CatalogApi
{
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddScoped<SaveItem>();
        services.AddScoped<EditCatalogNode>();
        services.AddScoped<AllocateIndexNumber>();
        return services;
    }

    public static void MapCatalogApi(this WebApplication app)
    {
        var items = app.MapGroup("/api/v1/items").WithTags("Items").RequireAuthorization().DisableAntiforgery();
        items.MapPost("/", async (ItemInput input, SaveItem save, HttpContext http, AppDbContext db) =>
        {
            var item = await save.CreateAsync(input, http.User);
            http.Response.Headers.ETag = item.ETag;
            return TypedResults.Created($"/api/v1/items/{item.Id}", await ViewAsync(db, item));
        });
        items.MapGet("/{id:long}", async (long id, AppDbContext db, UnitAccess access, HttpContext http) =>
        {
            var item = await db.Items.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id) ?? throw new NotFoundException($"信息 {id} 不存在");
            await access.EnsureAsync(http.User, item.UnitId);
            http.Response.Headers.ETag = item.ETag;
            return TypedResults.Ok(await ViewAsync(db, item));
        });
        items.MapPut("/{id:long}", async (long id, ItemInput input, SaveItem save, HttpContext http, AppDbContext db) =>
        {
            var item = await save.UpdateAsync(id, input, http.Request.Headers.IfMatch.ToString(), http.User);
            http.Response.Headers.ETag = item.ETag;
            return TypedResults.Ok(await ViewAsync(db, item));
        });
        items.MapGet("/", ListItems.RunAsync);
        items.MapGet("/{id:long}/versions", async (long id, AppDbContext db) =>
            TypedResults.Ok(await db.ItemVersions.AsNoTracking().Where(v => v.ItemId == id).OrderBy(v => v.Revision).ToListAsync()));

        var catalog = app.MapGroup("/api/v1/catalog").WithTags("Catalog").RequireAuthorization().DisableAntiforgery();
        catalog.MapGet("/{unit}/tree", async (string unit, AppDbContext db) =>
            TypedResults.Ok(await CatalogTree.ListAsync(db, await UnitIdAsync(db, unit))));
        catalog.MapPut("/{unit}/nodes/{code}", async (string unit, string code, CatalogNodeInput input, EditCatalogNode edit, HttpContext http) =>
            TypedResults.Ok(await edit.SaveAsync(unit, code, input, http.User)));
        catalog.MapDelete("/{unit}/nodes/{code}", async (string unit, string code, EditCatalogNode edit, HttpContext http) =>
        {
            await edit.DeleteAsync(unit, code, http.User);
            return TypedResults.NoContent();
        });
        catalog.MapPut("/{unit}/index-pattern", async (string unit, IndexPatternInput input, AppDbContext db, UnitAccess access, HttpContext http) =>
        {
            var unitId = await UnitIdAsync(db, unit);
            await access.EnsureAsync(http.User, unitId, Roles.UnitAdmin);
            var pattern = input.Pattern?.Trim() ?? "";
            if (IndexNumberFormat.Problems(pattern).FirstOrDefault() is { } problem)
            {
                throw ValidationException.For("pattern", problem);
            }
            var row = await db.UnitIndexPatterns.SingleOrDefaultAsync(p => p.UnitId == unitId);
            if (row is null)
            {
                db.UnitIndexPatterns.Add(new UnitIndexPattern { UnitId = unitId, Pattern = pattern });
            }
            else
            {
                row.Pattern = pattern;
            }
            await db.SaveChangesAsync();
            return TypedResults.Ok(new { unit, pattern });
        });
    }

    public static async Task<int> UnitIdAsync(AppDbContext db, string code) =>
        await db.Units.Where(u => u.Code == code).Select(u => (int?)u.Id).SingleOrDefaultAsync()
        ?? throw new NotFoundException($"单位“{code}”不存在");

    public static async Task<ItemView> ViewAsync(AppDbContext db, Item item)
    {
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == item.UnitId).Select(u => new { u.Code, u.Name }).SingleAsync();
        return ItemView.Of(item, unit.Code, unit.Name);
    }
}

internal sealed record IndexPatternInput(string? Pattern);
