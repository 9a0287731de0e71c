using Gongkai.Portal.Items;

namespace Gongkai.Portal;

internal static class PortalSetup
{
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddScoped<ListPublicItems>();
        services.AddScoped<GetPublicItem>();
        services.AddScoped<OpenData.ExportCatalog>();
        services.AddPortalCache();
        services.AddTransient<IStartupFilter, PortalSiteStartupFilter>();
        return services;
    }

    public static void MapPortal(this WebApplication app)
    {
        app.MapPublicItemsApi();
        OpenData.OpenDataEndpoints.MapOpenData(app);
    }
}
