using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Gongkai.Attachments;

/// <summary>
/// Upload limits for a back-office page with a file form, applied before antiforgery reads the form: a body
/// announced larger than the limit is a 413 (the Chinese error page), and the server's body limit is set to the
/// upload limit so that a file just over it reaches the page, which explains the refusal beside the form.
/// </summary>
internal sealed class PageUploadLimit(IOptions<AttachmentOptions> options) : IAsyncAuthorizationFilter
{
    public Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            return Task.CompletedTask;
        }
        var limit = options.Value.MaxBytes + AttachmentOptions.FormOverhead;
        if (http.Request.ContentLength > limit)
        {
            throw new FileTooLargeException($"文件大小超过上限（{options.Value.MaxText}），请压缩或拆分后再上传");
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }
        return Task.CompletedTask;
    }
}
