using Gongkai.Reports.Rendering;

namespace Gongkai.Reports;

internal static class ReportsSetup
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        // The lead replaces this stand-in with the EF implementation over items, requests and appeals.
        services.AddScoped<IReportFacts, RecordReportFacts>();
        services.AddScoped<GenerateAnnualReport>();
        services.AddScoped<PublishAnnualReport>();
        services.AddScoped<SaveProactiveStatistics>();
        services.AddScoped<SaveNarrativeDraft>();
        services.AddSingleton<IReportRenderer, JsonReportRenderer>();
        services.AddSingleton<IReportRenderer, HtmlReportRenderer>();
        services.AddSingleton<IReportRenderer, DocxReportRenderer>();
        services.AddSingleton<IReportRenderer, PdfReportRenderer>();
        services.AddSingleton<IReportRenderer, XlsxReportRenderer>();
        services.AddSingleton<ReportRenderers>();
        services.AddScoped<Gongkai.Admin.ITodoSource, AnnualReportReminders>();
        return services;
    }
}
