using Gongkai.Accounts;
using Gongkai.Audit;
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
        Gongkai.Reports.ReportsSetup.AddReports(services);
        return services;
    }

    public static WebApplication MapFeatures(this WebApplication app)
    {
        app.MapHealth();
        app.MapAccountsApi();
        app.MapUnitsApi();
        app.MapAuditApi();
        Gongkai.Reports.ReportsApi.MapReportsApi(app);
        app.MapRazorPages();
        return app;
    }
}
