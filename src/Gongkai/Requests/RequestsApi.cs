using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Requests;

internal static class RequestsApi
{
    public static IServiceCollection AddRequests(this IServiceCollection services)
    {
        services.AddScoped<FileRequest>();
        services.AddScoped<ActOnRequest>();
        services.AddScoped<GetRequest>();
        services.AddScoped<ListRequests>();
        services.AddScoped<RecomputeDueDates>();
        services.AddScoped<RenderReplyLetter>();
        services.AddScoped<CloseLapsedRequests>();
        services.AddSingleton<LapsedRequestsJob>();
        services.AddHostedService(sp => sp.GetRequiredService<LapsedRequestsJob>());
        services.AddScoped<ApplicantMailTransport>();
        services.AddSingleton<ApplicantMailSender>();
        services.AddHostedService(sp => sp.GetRequiredService<ApplicantMailSender>());
        services.AddScoped<Gongkai.Admin.ITodoSource, RequestTodos>();
        return services;
    }

    public static void MapRequestsApi(this WebApplication app)
    {
        var open = app.MapGroup("/api/v1/public/requests").WithTags("Public").AllowAnonymous().DisableAntiforgery();
        open.MapPost("/", async (RequestInput input, FileRequest file, [FromHeader(Name = "Idempotency-Key")] string? key) =>
        {
            var (request, created) = await file.FileAsync(input, null, key);
            var body = Filed(request);
            return created ? Results.Created($"/api/v1/public/requests/{request.Number}", body) : Results.Ok(body);
        }).RequireRateLimiting(WebInfrastructure.PublicFormsPolicy);
        open.MapGet("/{number}", async (string number, string? queryCode, GetRequest get) =>
            TypedResults.Ok(await get.ForApplicantAsync(number, queryCode)));

        var staff = app.MapGroup("/api/v1/requests").WithTags("Requests").RequireAuthorization().DisableAntiforgery();
        staff.MapPost("/", async (RequestInput input, FileRequest file, HttpContext http, [FromHeader(Name = "Idempotency-Key")] string? key) =>
        {
            var (request, created) = await file.FileAsync(input, http.User, key);
            var body = Filed(request);
            return created ? Results.Created($"/api/v1/requests/{request.Number}", body) : Results.Ok(body);
        });
        staff.MapGet("/", async (string? status, bool? overdue, string? unit, ListRequests list, HttpContext http) =>
            TypedResults.Ok(await list.RunAsync(http.User, status, overdue, unit)));
        staff.MapGet("/{number}", async (string number, GetRequest get, HttpContext http) =>
            TypedResults.Ok(await get.ForStaffAsync(number, http.User)));
        staff.MapPost("/{number}/actions", async (string number, RequestActionInput input, ActOnRequest act, GetRequest get, HttpContext http) =>
        {
            await act.RunAsync(number, input, http.User);
            return TypedResults.Ok(await get.ForStaffAsync(number, http.User));
        });
        staff.MapPost("/lapsed/close", async (LapsedRequestsJob job, HttpContext http) =>
        {
            if (!http.User.IsInRole(Gongkai.Accounts.Roles.Admin))
            {
                throw new ForbiddenException("只有系统管理员可以立即执行逾期办结");
            }
            return TypedResults.Ok(new { closed = await job.RunOnceAsync(http.RequestAborted) });
        });
        staff.MapGet("/{number}/letter", async (string number, string? format, RenderReplyLetter render, HttpContext http) =>
        {
            var (bytes, contentType, fileName) = await render.RunAsync(number, format, http.User);
            return Results.File(bytes, contentType, fileName);
        });
    }

    private static FiledRequest Filed(Request r) =>
        new(r.Number, r.QueryCode, RequestTimes.China(r.ReceivedAt), r.DueDate, r.Status);
}
