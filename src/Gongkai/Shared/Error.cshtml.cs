using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Shared;

/// <summary>The Chinese error page that every non-API failure lands on.</summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Advice { get; private set; } = "";

    public void OnPost(int? status) => OnGet(status);

    public void OnGet(int? status)
    {
        var code = status ?? (Response.StatusCode >= 400 ? Response.StatusCode : 500);
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null
            && HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>() is null && status is not null)
        {
            Response.StatusCode = code;
        }
        (Title, Advice) = code switch
        {
            404 => ("页面不存在", "您访问的页面不存在或已被撤销。"),
            403 => ("无权访问", "您没有访问此页面的权限。"),
            400 => ("请求有误", "提交的内容有误，请返回修改后重试。"),
            409 => ("操作冲突", "该操作与当前状态冲突，请刷新后重试。"),
            412 => ("记录已被修改", "该记录已被他人修改，请刷新后重试。"),
            413 => ("文件过大", "上传的文件超过大小上限，请压缩或拆分后再上传。"),
            429 => ("请求过于频繁", "请稍后再试。"),
            _ => ("系统繁忙", "服务暂时不可用，请稍后再试。"),
        };
    }
}
