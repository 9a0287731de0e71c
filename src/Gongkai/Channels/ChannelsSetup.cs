using Gongkai.Accounts;
using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels;

/// <summary>Multi-channel distribution (多渠道公开): targets, delivery log, LED feeds, statistics, new media, offline records.</summary>
internal static class ChannelsSetup
{
    private static readonly DeliveryLogInterceptor Interceptor = new();

    public static IServiceCollection AddChannels(this IServiceCollection services)
    {
        services.ConfigureDbContext<SqliteAppDbContext>((_, o) => o.AddInterceptors(Interceptor));
        services.ConfigureDbContext<PostgresAppDbContext>((_, o) => o.AddInterceptors(Interceptor));
        services.AddScoped<ScreenTargets>();
        services.AddScoped<LedFeed>();
        services.AddScoped<SaveChannelTarget>();
        services.AddScoped<ChannelStatistics>();
        services.AddScoped<EditChannelTexts>();
        services.AddScoped<EditItemScreens>();
        services.AddScoped<NewMediaPackage>();
        services.AddScoped<RecordOffline>();
        services.AddScoped<Kiosk.KioskScreen>();
        services.AddScoped<Kiosk.SearchKiosk>();
        services.Configure<RazorPagesOptions>(o =>
        {
            // The kiosk pages of one screen (/kiosk/{screen}/…) beside those of all kiosks (/kiosk/…).
            o.Conventions.AddPageRoute("/Channels/Kiosk/KioskList", "kiosk/{screen}/list");
            o.Conventions.AddPageRoute("/Channels/Kiosk/KioskSearch", "kiosk/{screen}/search");
            o.Conventions.AddPageRoute("/Channels/Kiosk/KioskItem", "kiosk/{screen}/items/{id:long}");
        });
        return services;
    }

    public static void MapChannels(this WebApplication app)
    {
        LedFeedApi.Map(app);
        var api = app.MapGroup("/api/v1/channels").WithTags("Channels").RequireAuthorization().DisableAntiforgery();
        api.MapGet("/targets", async (AppDbContext db) => TypedResults.Ok(await db.ChannelTargets.AsNoTracking().OrderBy(t => t.Kind).ThenBy(t => t.Code).ToListAsync()));
        api.MapPost("/targets", async (TargetInput input, SaveChannelTarget save, HttpContext http) =>
        {
            var target = await save.CreateAsync(input, http.User);
            return TypedResults.Created($"/api/v1/channels/targets/{target.Code}", target);
        }).RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.UnitAdmin));
        api.MapPut("/targets/{code}", async (string code, TargetInput input, SaveChannelTarget save, HttpContext http) =>
            TypedResults.Ok(await save.UpdateAsync(code, input, http.User)))
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.UnitAdmin));
        api.MapGet("/defaults", (ItemKind? kind, string? node) => TypedResults.Ok(ChannelDefaults.For(kind ?? ItemKind.General, node)));
        api.MapGet("/offline", async (int year, RecordOffline offline, HttpContext http) => TypedResults.Ok(await offline.ListAsync(year, http.User)));
        api.MapPost("/offline", async (OfflineInput input, RecordOffline offline, HttpContext http) =>
        {
            var view = await offline.CreateAsync(input, http.User);
            return TypedResults.Created($"/api/v1/channels/offline/{view.Id}", view);
        });

        var items = app.MapGroup("/api/v1/items/{id:long}").WithTags("Channels").RequireAuthorization().DisableAntiforgery();
        items.MapGet("/channels", async (long id, EditChannelTexts edit, HttpContext http) => TypedResults.Ok(await edit.GetAsync(id, http.User)));
        items.MapPut("/channels/texts", async (long id, ChannelTextsInput input, EditChannelTexts edit, HttpContext http) =>
            TypedResults.Ok(await edit.SaveAsync(id, input, http.User)));
        items.MapGet("/channels/screens", async (long id, EditItemScreens edit, HttpContext http) => TypedResults.Ok(await edit.GetAsync(id, http.User)));
        items.MapPut("/channels/screens", async (long id, ScreensInput input, EditItemScreens edit, HttpContext http) =>
            TypedResults.Ok(await edit.SaveAsync(id, input, http.User)));
        items.MapGet("/new-media", async (long id, NewMediaPackage package, HttpContext http) =>
            TypedResults.Ok(await package.BuildAsync(id, Origin(http), http.User)));
        items.MapGet("/new-media.html", async (long id, NewMediaPackage package, HttpContext http) =>
            Results.Content((await package.BuildAsync(id, Origin(http), http.User)).Html, "text/html; charset=utf-8"));
        items.MapGet("/new-media.zip", async (long id, NewMediaPackage package, HttpContext http) =>
            Results.File(NewMediaZip.Write(await package.BuildAsync(id, Origin(http), http.User)), "application/zip", NewMediaZip.FileName(id)));
        items.MapPost("/new-media/posted", async (long id, PostedInput input, NewMediaPackage package, HttpContext http) =>
            TypedResults.Ok(await package.MarkPostedAsync(id, input, Origin(http), http.User)));

        app.MapGet("/api/v1/statistics/channels", async (int? year, string? unit, string? scope, ChannelStatistics statistics, HttpContext http) =>
            TypedResults.Ok(await statistics.RunAsync(year, unit, scope, http.User, http.RequestAborted)))
            .WithTags("Channels").RequireAuthorization();
    }

    public static string Origin(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}";
}
