using System.Security.Claims;
using Gongkai.Accounts;

namespace Gongkai.Admin;

public sealed record AdminLink(string Href, string Label, string[] Roles);

/// <summary>The back-office menu; each feature adds its links here and each user sees those of their roles.</summary>
public sealed class AdminNavigation
{
    private static readonly string[] Everyone = [];

    public static readonly List<AdminLink> Links =
    [
        new("/admin", "待办事项", Everyone),
        new("/admin/units", "组织机构", [Roles.Admin, Roles.UnitAdmin]),
        new("/admin/staff", "人员与角色", [Roles.Admin, Roles.UnitAdmin]),
        new("/admin/audit", "审计日志", [Roles.Admin]),
        new("/admin/requests", "依申请公开", [Roles.RequestOfficer, Roles.Supervisor]),
        new("/admin/calendar", "节假日安排", [Roles.Admin]),
        new("/admin/search/synonyms", "搜索同义词", [Roles.Admin]),
        new("/admin/reports", "年度报告", [Roles.Editor, Roles.Approver, Roles.UnitAdmin]),
        new("/admin/items", "信息管理", [Roles.Editor, Roles.Reviewer, Roles.Approver]),
        new("/admin/catalog", "公开目录", [Roles.Editor, Roles.Reviewer, Roles.Approver, Roles.UnitAdmin]),
        new("/admin/channels", "多渠道公开", [Roles.Admin, Roles.UnitAdmin, Roles.Editor, Roles.Supervisor]),
        new("/admin/channels/items", "渠道版本与投放", [Roles.UnitAdmin, Roles.Editor, Roles.Approver]),
        new("/admin/channels/offline", "线下公开记录", [Roles.UnitAdmin, Roles.Editor, Roles.Supervisor]),
        new("/admin/supervision", "监督考核", [Roles.Supervisor, Roles.UnitAdmin]),
    ];

    public IEnumerable<AdminLink> For(ClaimsPrincipal user) =>
        Links.Where(l => l.Roles.Length == 0 || user.IsInRole(Roles.Admin) || l.Roles.Any(user.IsInRole));
}
