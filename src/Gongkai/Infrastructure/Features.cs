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
        services.AddScoped<EditGuideNote>();
        Gongkai.Catalog.CatalogApi.AddCatalog(services);
        Gongkai.Publishing.PublishingApi.AddPublishing(services);
        services.AddScoped<Gongkai.Admin.AdminNavigation>();
        services.AddSingleton<Gongkai.Portal.PortalSite>();
        services.AddTexts<Gongkai.Admin.AdminTexts>();
        services.AddTexts<Gongkai.Portal.PortalTexts>();
        Gongkai.Calendar.CalendarApi.AddCalendar(services);
        Gongkai.Requests.RequestsApi.AddRequests(services);
        Gongkai.Appeals.AppealsApi.AddAppeals(services);
        services.AddSearch();
        Gongkai.Reports.ReportsSetup.AddReports(services);
        Gongkai.ScaleOut.ScaleOutSetup.AddScaleOut(services, configuration);
        Gongkai.Portal.PortalSetup.AddPortal(services);
        Gongkai.Channels.ChannelsSetup.AddChannels(services);
        Gongkai.Supervision.SupervisionApi.AddSupervision(services);
        Gongkai.Attachments.AttachmentsApi.AddAttachments(services);
        return services;
    }

    public static WebApplication MapFeatures(this WebApplication app)
    {
        app.MapHealth();
        app.MapAccountsApi();
        app.MapUnitsApi();
        app.MapAuditApi();
        Gongkai.Catalog.CatalogApi.MapCatalogApi(app);
        Gongkai.Publishing.PublishingApi.MapPublishingApi(app);
        Gongkai.Calendar.CalendarApi.MapCalendarApi(app);
        Gongkai.Requests.RequestsApi.MapRequestsApi(app);
        Gongkai.Appeals.AppealsApi.MapAppealsApi(app);
        app.MapSearchApi();
        Gongkai.Reports.ReportsApi.MapReportsApi(app);
        Gongkai.Portal.PortalSetup.MapPortal(app);
        Gongkai.Channels.ChannelsSetup.MapChannels(app);
        Gongkai.Supervision.SupervisionApi.MapSupervisionApi(app);
        Gongkai.Attachments.AttachmentsApi.MapAttachmentsApi(app);
        app.MapRazorPages();
        return app;
    }
}
