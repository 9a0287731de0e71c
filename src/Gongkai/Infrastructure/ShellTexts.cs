namespace Gongkai.Infrastructure;

/// <summary>English for the two layouts and the error page.</summary>
internal sealed class ShellTexts : ITextCatalog
{
    public IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        ["跳到主要内容"] = "Skip to main content",
        ["政府信息公开"] = "Government Information Disclosure",
        ["站内搜索"] = "Search this site",
        ["搜索政府信息"] = "Search government information",
        ["搜索"] = "Search",
        ["主导航"] = "Main navigation",
        ["首页"] = "Home",
        ["信息公开指南"] = "Disclosure guide",
        ["信息公开制度"] = "Disclosure rules",
        ["法定主动公开内容"] = "Proactive disclosure",
        ["政府信息公开年报"] = "Annual reports",
        ["依申请公开"] = "Request information",
        ["信息公开单位"] = "Disclosing units",
        ["主办单位："] = "Run by: ",
        ["地址："] = "Address: ",
        ["联系电话："] = "Phone: ",
        ["办公时间："] = "Office hours: ",
        ["大字版"] = "Large text",
        ["标准版"] = "Standard",
        ["政务公开管理后台"] = "Disclosure back office",
        ["后台导航"] = "Back-office navigation",
        ["退出登录"] = "Log out",
        ["返回首页"] = "Back to the home page",
        ["页面不存在"] = "Page not found",
        ["您访问的页面不存在或已被撤销。"] = "The page does not exist or has been withdrawn.",
        ["无权访问"] = "Access denied",
        ["您没有访问此页面的权限。"] = "You are not allowed to see this page.",
        ["请求有误"] = "Bad request",
        ["提交的内容有误，请返回修改后重试。"] = "What was sent is not valid; go back, correct it and try again.",
        ["操作冲突"] = "Conflict",
        ["该操作与当前状态冲突，请刷新后重试。"] = "This conflicts with the current state; reload and try again.",
        ["记录已被修改"] = "Changed by someone else",
        ["该记录已被他人修改，请刷新后重试。"] = "Someone else changed this record; reload and try again.",
        ["请求过于频繁"] = "Too many requests",
        ["请稍后再试。"] = "Please try again later.",
        ["系统繁忙"] = "Service unavailable",
        ["服务暂时不可用，请稍后再试。"] = "The service is unavailable for now; please try again later.",
    };
}
