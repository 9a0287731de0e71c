using Gongkai.Infrastructure;

namespace Gongkai.Supervision;

/// <summary>Supervision and evaluation (监督考核、社会评议): indicators, schemes, scores, adjustments, circulars, rectification, ratings.</summary>
internal static class SupervisionApi
{
    public static IServiceCollection AddSupervision(this IServiceCollection services) => services
        .AddScoped<LoadSupervisionFacts>().AddScoped<ComputeScores>().AddScoped<ConfigureScheme>().AddScoped<AdjustScore>()
        .AddScoped<CreateCircular>().AddScoped<TrackRectifications>().AddScoped<SubmitRating>().AddScoped<ModerateRatings>()
        .AddScoped<DashboardData>().AddScoped<Gongkai.Reports.IReportFigureSource, AssessmentFigures>();

    public static void MapSupervisionApi(this WebApplication app)
    {
        app.MapRatingFormToken();
        var g = app.MapGroup("/api/v1/supervision").WithTags("Supervision").RequireAuthorization().DisableAntiforgery();
        g.MapGet("/indicators/definitions", () => TypedResults.Ok(Indicators.All));
        g.MapGet("/indicators", async (string? period, string? unit, ComputeScores scores, HttpContext http) =>
            TypedResults.Ok((await scores.IndicatorsAsync(Period.Parse(period), unit, http.User)).Select(u => new
            {
                unit = u.UnitCode, unitName = u.UnitName,
                indicators = u.Indicators.Select(v => new { v.Key, v.Definition.Name, v.Definition.Measure, v.Definition.Definition, v.Value, v.Count, v.Base, v.Breakdown, v.Records }),
            })));
        g.MapGet("/schemes/{year:int}", async (int year, Gongkai.Data.AppDbContext db, HttpContext http) =>
        {
            ComputeScores.EnsureViewer(http.User);
            var scheme = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(db.AssessmentSchemes, s => s.Year == year)
                ?? throw new NotFoundException($"尚未配置{year}年度考核方案");
            return TypedResults.Ok(ConfigureScheme.View(scheme));
        });
        g.MapPut("/schemes/{year:int}", async (int year, SchemeInput input, ConfigureScheme configure, HttpContext http) =>
            TypedResults.Ok(await configure.RunAsync(year, input, http.User)));
        g.MapGet("/scores/{year:int}", async (int year, string? period, string? unit, ComputeScores scores, HttpContext http) =>
            TypedResults.Ok(await scores.ScoresAsync(year, period, unit, http.User)));
        g.MapPost("/scores/{year:int}/{unit}/adjustments", async (int year, string unit, AdjustmentInput input, AdjustScore adjust, HttpContext http) =>
        {
            var view = await adjust.RunAsync(year, unit, input, http.User);
            return TypedResults.Created($"/api/v1/supervision/scores/{year}?unit={unit}", view);
        });

        g.MapPost("/circulars", async (CircularInput input, CreateCircular circulars, HttpContext http) =>
        {
            var view = await circulars.DraftAsync(input, http.User);
            return TypedResults.Created($"/api/v1/supervision/circulars/{view.Id}", view);
        });
        g.MapGet("/circulars/{id:int}", async (int id, CreateCircular circulars, HttpContext http) =>
        {
            ComputeScores.EnsureViewer(http.User);
            return TypedResults.Ok(CreateCircular.View(await circulars.FindAsync(id, http.RequestAborted)));
        });
        g.MapPut("/circulars/{id:int}", async (int id, CircularInput input, CreateCircular circulars, HttpContext http) =>
            TypedResults.Ok(await circulars.EditAsync(id, input, http.User)));
        g.MapPost("/circulars/{id:int}/issue", async (int id, CreateCircular circulars, HttpContext http) =>
            TypedResults.Ok(await circulars.IssueAsync(id, http.User)));
        g.MapGet("/circulars/{id:int}/docx", async (int id, CreateCircular circulars, HttpContext http) =>
        {
            var (bytes, name) = await circulars.DocxAsync(id, http.User);
            return TypedResults.File(bytes, RenderCircularDocx.ContentType, name);
        });
        g.MapGet("/circulars/{id:int}/pdf", async (int id, CreateCircular circulars, HttpContext http) =>
        {
            var (bytes, name) = await circulars.PdfAsync(id, http.User);
            return TypedResults.File(bytes, RenderCircularPdf.ContentType, name);
        });

        g.MapGet("/rectifications", async (TrackRectifications tasks, HttpContext http) => TypedResults.Ok(await tasks.ListAsync(http.User)));
        g.MapPost("/rectifications", async (RectificationInput input, TrackRectifications tasks, HttpContext http) =>
        {
            var view = await tasks.AssignAsync(input, http.User);
            return TypedResults.Created($"/api/v1/supervision/rectifications/{view.Id}", view);
        });
        g.MapPost("/rectifications/{id:int}/close", async (int id, CloseInput input, TrackRectifications tasks, HttpContext http) =>
            TypedResults.Ok(await tasks.CloseAsync(id, input, http.User)));

        g.MapGet("/ratings", async (string? status, ModerateRatings ratings, HttpContext http) => TypedResults.Ok(await ratings.ListAsync(status, http.User)));
        g.MapPost("/ratings/{id:long}/moderate", async (long id, ModerationInput input, ModerateRatings ratings, HttpContext http) =>
            TypedResults.Ok(await ratings.DecideAsync(id, input, http.User)));

        var pub = app.MapGroup("/api/v1/public/ratings").WithTags("Supervision").AllowAnonymous().DisableAntiforgery();
        pub.MapPost("/", async (RatingInput input, SubmitRating submit) =>
        {
            var receipt = await submit.RunAsync(input);
            return TypedResults.Created($"/api/v1/public/ratings/{receipt.Id}", receipt);
        }).RequireRateLimiting(WebInfrastructure.PublicFormsPolicy);
        pub.MapGet("/", async (long itemId, ModerateRatings ratings) => TypedResults.Ok(await ratings.ApprovedForItemAsync(itemId)));
    }
}
