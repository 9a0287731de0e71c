namespace Gongkai.Accounts;

/// <summary>The staff roles of the contract. Every role but <see cref="Admin"/> is scoped to units.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string UnitAdmin = "unitAdmin";
    public const string Editor = "editor";
    public const string Reviewer = "reviewer";
    public const string Approver = "approver";
    public const string RequestOfficer = "requestOfficer";
    public const string Supervisor = "supervisor";

    public static readonly IReadOnlyList<string> All = [Admin, UnitAdmin, Editor, Reviewer, Approver, RequestOfficer, Supervisor];

    public static string Chinese(string role) => role switch
    {
        Admin => "系统管理员",
        UnitAdmin => "单位管理员",
        Editor => "信息员",
        Reviewer => "保密审查员",
        Approver => "审核签发领导",
        RequestOfficer => "依申请公开经办人",
        Supervisor => "监督考核员",
        _ => role,
    };
}
