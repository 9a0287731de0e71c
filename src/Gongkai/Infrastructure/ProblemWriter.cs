using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Gongkai.Infrastructure;

/// <summary>
/// Writes RFC 9457 problem details as <c>application/problem+json</c> whatever the Accept header says,
/// so that every API failure has the same shape.
/// </summary>
internal static class ProblemWriter
{
    public static Task WriteAsync(HttpContext http, ProblemDetails details)
    {
        http.Response.StatusCode = details.Status ?? StatusCodes.Status500InternalServerError;
        details.Instance ??= http.Request.Path;
        details.Extensions["traceId"] = http.TraceIdentifier;
        var json = http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        return http.Response.WriteAsJsonAsync(details, details.GetType(), json, "application/problem+json");
    }

    public static Task WriteAsync(HttpContext http, int status, string? title = null) =>
        WriteAsync(http, new ProblemDetails { Status = status, Title = title ?? DefaultTitle(status) });

    private static string DefaultTitle(int status) => status switch
    {
        400 => "请求有误",
        401 => "需要登录",
        403 => "无权执行此操作",
        404 => "未找到",
        405 => "不支持该请求方法",
        409 => "操作与当前状态冲突",
        412 => "记录已被他人修改，请刷新后重试",
        413 => "上传的内容过大",
        415 => "不支持的内容类型",
        429 => "请求过于频繁，请稍后再试",
        _ => "服务器内部错误",
    };
}
