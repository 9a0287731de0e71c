using Gongkai.Infrastructure;

namespace Gongkai.Admin;

/// <summary>English for the back office: menu, login, to-do, units, staff and audit pages.</summary>
internal sealed class AdminTexts : ITextCatalog
{
    public IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        ["待办事项"] = "To-do", ["目前没有待办事项。"] = "Nothing to do for now.",
        ["组织机构"] = "Units", ["人员与角色"] = "Staff and roles", ["审计日志"] = "Audit trail",
        ["登录"] = "Log in", ["工作人员登录"] = "Staff login", ["用户名"] = "User name", ["密码"] = "Password",
        ["新增单位"] = "New unit", ["编辑单位"] = "Edit unit", ["编辑"] = "Edit", ["公开指南"] = "Disclosure guide", ["已保存单位“{0}”。"] = "Unit “{0}” saved.",
        ["请更正下列标出的错误后再保存。"] = "Please correct the marked errors, then save again.",
        ["单位代码"] = "Unit code", ["单位名称"] = "Unit name", ["单位类型"] = "Kind", ["上级单位"] = "Parent unit",
        ["（无，顶级单位）"] = "(none: a top-level unit)", ["统一社会信用代码"] = "Unified social credit code",
        ["18位，按 GB 32100 校验"] = "18 characters, checked by GB 32100",
        ["字母、数字、-、_、.，最长32位，如 230124-014"] = "Letters, digits, -, _ and ., at most 32, e.g. 230124-014",
        ["地址"] = "Address", ["邮政编码"] = "Post code", ["办公时间"] = "Office hours", ["联系电话"] = "Phone", ["传真"] = "Fax",
        ["电子邮箱"] = "Email", ["信息公开工作机构"] = "Office responsible for disclosure", ["机构名称"] = "Office name",
        ["机构电话"] = "Office phone", ["机构地址"] = "Office address", ["排序号"] = "Sort order", ["保存"] = "Save", ["返回"] = "Back",
        ["人民政府"] = "People's government", ["政府部门"] = "Department", ["乡镇（街道）"] = "Township (subdistrict)",
        ["公共企事业单位"] = "Public institution",
        ["工作人员列表"] = "Staff list", ["姓名"] = "Name", ["角色"] = "Roles", ["所属单位"] = "Units", ["状态"] = "State",
        ["操作"] = "Actions", ["已锁定"] = "Locked", ["正常"] = "Active", ["解锁"] = "Unlock", ["新密码"] = "New password",
        ["{0}的新密码"] = "New password for {0}", ["重置密码"] = "Reset password", ["新增账户"] = "New account",
        ["初始密码"] = "Initial password", ["至少8位，须包含数字"] = "At least 8 characters, with a digit",
        ["所属单位（可多选）"] = "Units (several may be chosen)", ["创建账户"] = "Create account",
        ["系统管理员"] = "System administrator", ["单位管理员"] = "Unit administrator", ["信息员"] = "Editor",
        ["保密审查员"] = "Confidentiality reviewer", ["审核签发领导"] = "Approver", ["依申请公开经办人"] = "Request officer",
        ["监督考核员"] = "Supervisor",
        ["校验审计链"] = "Verify the chain", ["审计链完整：共校验{0}条记录。"] = "The chain is intact: {0} entries checked.",
        ["审计链已被破坏：{0}"] = "The chain is broken: {0}", ["筛选"] = "Filter", ["清除"] = "Clear", ["操作人"] = "Actor",
        ["对象类型"] = "Entity type", ["对象标识"] = "Entity id", ["动作"] = "Action", ["起始日期"] = "From", ["截止日期"] = "To",
        ["没有符合条件的记录。"] = "No entries match.", ["审计记录"] = "Audit entries", ["序号"] = "No.",
        ["时间（北京时间）"] = "Time (Beijing)", ["单位"] = "Unit", ["对象"] = "Entity", ["变更内容"] = "Changes",
        ["分页"] = "Pages", ["上一页"] = "Previous", ["下一页"] = "Next",
    };
}
