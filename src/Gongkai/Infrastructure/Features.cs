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
        Gongkai.Calendar.CalendarApi.AddCalendar(services);
        Gongkai.Requests.RequestsApi.AddRequests(services);
        Gongkai.Appeals.AppealsApi.AddAppeals(services);
        return services;
    }

    public static WebApplication MapFeatures(this WebApplication app)
    {
        app.MapHealth();
        app.MapAccountsApi();
        app.MapUnitsApi();
        app.MapAuditApi();
        Gongkai.Calendar.CalendarApi.MapCalendarApi(app);
        Gongkai.Requests.RequestsApi.MapRequestsApi(app);
        Gongkai.Appeals.AppealsApi.MapAppealsApi(app);
        app.MapRazorPages();
        return app;
    }
}
