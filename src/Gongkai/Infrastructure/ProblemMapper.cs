using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Infrastructure;

/// <summary>
/// The one place where failures become HTTP answers: problem details for the API,
/// the Chinese error page for everything else. A user error is never a 500.
/// </summary>
internal sealed class ProblemMapper(ILogger<ProblemMapper> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, errors) = Classify(exception);
        if (status >= 500)
        {
            Log.Unhandled(logger, exception);
        }
        // The middleware has already pointed Request.Path at /error; the feature keeps the original.
        var path = http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path;
        if (!IsApi(path))
        {
            // Pages fall through to the re-executed Chinese error page, with the status chosen by StatusFor.
            return false;
        }
        var details = errors is null
            ? new ProblemDetails { Status = status, Title = title, Detail = status < 500 ? exception.Message : null }
            : new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value)) { Status = status, Title = title };
        details.Instance = path;
        await ProblemWriter.WriteAsync(http, details);
        return true;
    }

    public static int StatusFor(Exception exception) => Classify(exception).Status;

    internal static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/healthz");

    private static (int Status, string Title, IReadOnlyDictionary<string, string[]>? Errors) Classify(Exception exception) => exception switch
    {
        ValidationException v => (StatusCodes.Status400BadRequest, "输入有误", v.Errors),
        NotFoundException => (StatusCodes.Status404NotFound, "未找到", null),
        ConflictException => (StatusCodes.Status409Conflict, "操作与当前状态冲突", null),
        PreconditionFailedException => (StatusCodes.Status412PreconditionFailed, "记录已被他人修改，请刷新后重试", null),
        ForbiddenException => (StatusCodes.Status403Forbidden, "无权执行此操作", null),
        Gongkai.Attachments.FileTooLargeException => (StatusCodes.Status413PayloadTooLarge, "上传的文件过大", null),
        Gongkai.Attachments.UnsupportedFileTypeException => (StatusCodes.Status415UnsupportedMediaType, "不支持的文件类型", null),
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
