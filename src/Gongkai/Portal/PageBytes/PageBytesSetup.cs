namespace Gongkai.Portal.PageBytes;

/// <summary>
/// Wiring of the front byte cache. <c>PortalCache:FrontMegabytes</c> bounds its memory (default 64; 0 turns it off,
/// leaving the output cache alone — the benchmark's comparison).
/// </summary>
public static class PageBytesSetup
{
    public static IServiceCollection AddPageBytes(this IServiceCollection services) =>
        services.AddSingleton(sp => new PageBytesCache(sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IConfiguration>().GetValue("PortalCache:FrontMegabytes", 64L) << 20));

    /// <summary>At the very front of the pipeline.</summary>
    public static void UsePageBytes(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetRequiredService<IConfiguration>().GetValue("PortalCache:FrontMegabytes", 64L) > 0)
        {
            app.UseMiddleware<ServePageBytes>();
        }
    }

    /// <summary>Right after <c>UseOutputCache</c>: tells the front cache the output cache covered and rendered this answer.</summary>
    public static void UsePageBytesMark(this IApplicationBuilder app) => app.Use(ServePageBytes.MarkAsync);
}
