using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Infrastructure;

/// <summary>
/// The one place where failures become HTTP answers: problem details for the API,
/// the Chinese error page for everything else. A user error is never a 500.
/// </summary>
internal sealed class ProblemMapper(IProblemDetailsService problems, ILogger<ProblemMapper> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, errors) = Classify(exception);
        if (status >= 500)
        {
            Log.Unhandled(logger, exception);
        }
        http.Response.StatusCode = status;
        if (!IsApi(http.Request.Path))
        {
            http.Response.Redirect($"/error?status={status}");
            return true;
        }
        var details = errors is null
            ? new ProblemDetails { Status = status, Title = title, Detail = status < 500 ? exception.Message : null }
            : new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value)) { Status = status, Title = title };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = details, Exception = exception });
    }

    internal static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/healthz");

    private static (int Status, string Title, IReadOnlyDictionary<string, string[]>? Errors) Classify(Exception exception) => exception switch
    {
        ValidationException v => (StatusCodes.Status400BadRequest, "输入有误", v.Errors),
        NotFoundException => (StatusCodes.Status404NotFound, "未找到", null),
        ConflictException => (StatusCodes.Status409Conflict, "操作与当前状态冲突", null),
        PreconditionFailedException => (StatusCodes.Status412PreconditionFailed, "记录已被他人修改，请刷新后重试", null),
        ForbiddenException => (StatusCodes.Status403Forbidden, "无权执行此操作", null),
        DbUpdateConcurrencyException => (StatusCodes.Status412PreconditionFailed, "记录已被他人修改，请刷新后重试", null),
        BadHttpRequestException b => (b.StatusCode, "请求格式有误", null),
        System.Text.Json.JsonException => (StatusCodes.Status400BadRequest, "请求格式有误", null),
        _ => (StatusCodes.Status500InternalServerError, "服务器内部错误", null),
    };
}

internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Unhandled exception")]
    public static partial void Unhandled(ILogger logger, Exception exception);
}
