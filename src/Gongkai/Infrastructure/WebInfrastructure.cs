using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Gongkai.Audit;
using Gongkai.Portal.PageBytes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Scalar.AspNetCore;

namespace Gongkai.Infrastructure;

internal static class WebInfrastructure
{
    public const string PublicFormsPolicy = "public-forms";

    public static void AddWebInfrastructure(this WebApplicationBuilder builder, GongkaiOptions options)
    {
        var services = builder.Services;
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemMapper>();
        services.ConfigureHttpJsonOptions(o => Configure(o.SerializerOptions));
        services.AddOpenApi();
        services.AddDataProtection().SetApplicationName("gongkai").PersistKeysToFileSystem(new DirectoryInfo(options.PathIn("keys")));
        services.AddLocalization();
        // Pages are Chinese: write CJK as characters, not as &#x..; entities (a third of the size, and readable).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton<Texts>();
        services.AddSingleton<FirstAnswer>();
        services.AddTexts<ShellTexts>();
        if (string.Equals(builder.Configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o =>
            {
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/";
            o.Conventions.AuthorizeFolder("/Admin");
            o.Conventions.AllowAnonymousToPage("/Admin/Login");
        });
        services.AddAntiforgery(o => o.HeaderName = "X-CSRF-TOKEN");
        services.AddHttpContextAccessor();
        services.AddScoped<AuditActor>();
        var perMinute = builder.Configuration.GetValue("RateLimits:PublicFormsPerMinute", 20);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(PublicFormsPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) }));
            o.OnRejected = (context, _) => new ValueTask(ProblemWriter.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests));
        });
    }

    public static void Configure(JsonSerializerOptions json)
    {
        json.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
    }

    public static void UseWebInfrastructure(this WebApplication app)
    {
        FirstAnswer.UseFirstAnswer(app);
        app.UsePageBytes();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            StatusCodeSelector = ProblemMapper.StatusFor,
        });
        // API answers carry problem details; pages re-execute the Chinese error page and keep their status code.
        app.UseWhen(http => ProblemMapper.IsApi(http.Request.Path), api => api.UseStatusCodePages(context =>
            ProblemWriter.WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode)));
        app.UseWhen(http => !ProblemMapper.IsApi(http.Request.Path), pages => pages.UseStatusCodePagesWithReExecute("/error", "?status={0}"));
        var cultures = new[] { new CultureInfo("zh-CN"), new CultureInfo("en") };
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("zh-CN"),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()],
        });
        app.UseCultureCookie();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.Use(async (http, next) =>
        {
            var actor = http.RequestServices.GetRequiredService<AuditActor>();
            var who = AuditActor.From(http.User);
            actor.Name = who.Name;
            actor.UnitCode = who.UnitCode;
            await next(http);
        });
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseOutputCache();
        app.UsePageBytesMark();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/docs", o => o.WithOpenApiRoutePattern("/openapi/{documentName}.json").WithTitle("Gongkai API"));
    }
}
