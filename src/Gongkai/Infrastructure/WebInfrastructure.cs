using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Gongkai.Audit;
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
            o.OnRejected = async (context, token) =>
            {
                context.HttpContext.Response.ContentType = "application/problem+json";
                await context.HttpContext.Response.WriteAsJsonAsync(new
                {
                    status = 429, title = "请求过于频繁，请稍后再试",
                }, token);
            };
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
        app.UseExceptionHandler();
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            if (!ProblemMapper.IsApi(http.Request.Path) && http.Response.StatusCode == 404)
            {
                http.Response.Redirect("/error?status=404");
            }
            else if (ProblemMapper.IsApi(http.Request.Path) && !http.Response.HasStarted && http.Response.ContentLength is null)
            {
                var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http });
            }
        });
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
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/docs", o => o.WithOpenApiRoutePattern("/openapi/{documentName}.json").WithTitle("Gongkai API"));
    }
}
