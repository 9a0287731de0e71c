using Gongkai.Accounts;
using Gongkai.Cli;
using Gongkai.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Demo;

/// <summary>One login per staff role, scoped to the county government (and so to the whole county).</summary>
internal static class DemoStaff
{
    public static readonly (string UserName, string Role, string DisplayName, string UnitCode)[] Logins =
    [
        ("admin", Roles.Admin, "系统管理员", DemoCounty.CountyCode),
        ("unitadmin", Roles.UnitAdmin, "单位管理员（示例）", DemoCounty.CountyCode),
        ("editor", Roles.Editor, "信息员（示例）", DemoCounty.CountyCode),
        ("reviewer", Roles.Reviewer, "保密审查员（示例）", DemoCounty.CountyCode),
        ("approver", Roles.Approver, "审核签发领导（示例）", DemoCounty.CountyCode),
        ("officer", Roles.RequestOfficer, "依申请公开经办人（示例）", DemoCounty.CountyCode),
        ("supervisor", Roles.Supervisor, "监督考核员（示例）", DemoCounty.CountyCode),
        ("editor-fgj", Roles.Editor, "发改局信息员（示例）", "230124-002"),
    ];

    public static async Task SeedAsync(IServiceProvider services, string password)
    {
        await EnsureRolesAndAdmin.RunAsync(services, "admin", password, "系统管理员");
        var users = services.GetRequiredService<UserManager<StaffUser>>();
        var db = services.GetRequiredService<AppDbContext>();
        foreach (var (userName, role, displayName, unitCode) in Logins.Where(l => l.UserName != "admin"))
        {
            var user = new StaffUser { UserName = userName, DisplayName = displayName };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new UsageException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }
            await users.AddToRoleAsync(user, role);
            var unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
            db.StaffUnits.Add(new StaffUnit { UserId = user.Id, UnitId = unitId });
        }
        var adminId = (await users.FindByNameAsync("admin"))!.Id;
        db.StaffUnits.Add(new StaffUnit { UserId = adminId, UnitId = await db.Units.Where(u => u.Code == DemoCounty.CountyCode).Select(u => u.Id).SingleAsync() });
        await db.SaveChangesAsync();
    }
}
