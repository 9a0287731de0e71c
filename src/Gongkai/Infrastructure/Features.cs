using Gongkai.Accounts;
using Gongkai.Audit;
using Gongkai.Search;
using Gongkai.Units;

namespace Gongkai.Infrastructure;

/// <summary>The feature list: one line per feature for its services, one for its endpoints.</summary>
internal static class Features
{
    public static IServiceCollection AddFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuditTrail();
        services.AddScoped<SaveUnit>();
        services.AddScoped<Gongkai.Admin.AdminNavigation>();
        services.AddScoped<Gongkai.Portal.PortalSite>();
        services.AddSearch();
        return services;
    }

    public static WebApplication MapFeatures(this WebApplication app)
    {
        app.MapHealth();
        app.MapAccountsApi();
        app.MapUnitsApi();
        app.MapAuditApi();
        app.MapSearchApi();
        app.MapRazorPages();
        return app;
    }
}
