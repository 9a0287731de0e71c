using Deque.AxeCore.Playwright;
using Gongkai.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AdminTests(LiveApp app)
{
    [Fact]
    public async Task A_clerk_logs_in_and_sees_the_todo_page_and_the_menu_of_their_role()
    {
        var page = await app.LoginAsync("editor");
        Assert.Equal("待办事项", await page.Locator("main h1").InnerTextAsync());
        var menu = await page.GetByRole(AriaRole.Navigation, new() { Name = "后台导航" }).GetByRole(AriaRole.Link).AllInnerTextsAsync();
        Assert.Contains("待办事项", menu);
        Assert.DoesNotContain("组织机构", menu);
        Assert.DoesNotContain("审计日志", menu);
        Assert.Contains("信息员（示例）", await page.Locator("header").InnerTextAsync());
        Directory.CreateDirectory(Path.Combine(LiveApp.RepositoryRoot(), "docs", "images"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(LiveApp.RepositoryRoot(), "docs", "images", "admin-todo.png") });
    }

    [Fact]
    public async Task An_administrator_creates_a_unit_after_a_Chinese_error_for_a_bad_credit_code()
    {
        var page = await app.LoginAsync("admin");
        var menu = await page.GetByRole(AriaRole.Navigation, new() { Name = "后台导航" }).GetByRole(AriaRole.Link).AllInnerTextsAsync();
        Assert.Equal(["待办事项", "组织机构", "人员与角色", "审计日志"], menu.Take(4));
        await page.GetByRole(AriaRole.Link, new() { Name = "组织机构" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "新增单位" }).ClickAsync();
        await page.GetByLabel("单位代码").FillAsync("230124-099");
        await page.GetByLabel("单位名称").FillAsync("方正县浏览器测试局");
        await page.GetByLabel("单位类型").SelectOptionAsync("department");
        await page.GetByLabel("上级单位").SelectOptionAsync("230124");
        await page.GetByLabel("统一社会信用代码").FillAsync("91230124MA1B2C3D4X");
        await page.GetByLabel("地址").First.FillAsync("方正县方正镇测试街1号");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        var error = page.Locator("#Input_CreditCode-error");
        Assert.Contains("统一社会信用代码无效", await error.InnerTextAsync());
        Assert.Equal("方正县浏览器测试局", await page.GetByLabel("单位名称").InputValueAsync());

        await page.GetByLabel("统一社会信用代码").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await page.WaitForURLAsync(app.Url + "/admin/units");
        Assert.Contains("已保存单位“方正县浏览器测试局”", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        Assert.Equal(1, await page.Locator(".unit-tree").GetByText("方正县浏览器测试局").CountAsync());
    }

    [Fact]
    public async Task Axe_finds_no_serious_or_critical_violation_on_the_back_office_pages()
    {
        var page = await app.LoginAsync("admin");
        var bad = new List<string>();
        foreach (var path in new[] { "/admin", "/admin/units", "/admin/units/edit", "/admin/units/edit/230124-002", "/admin/staff", "/admin/audit" })
        {
            await page.GotoAsync(path);
            bad.AddRange(await SeriousViolationsAsync(page, path));
        }
        await page.GotoAsync("/admin/units/edit");
        await page.GetByLabel("统一社会信用代码").FillAsync("bad");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        bad.AddRange(await SeriousViolationsAsync(page, "the unit form with errors"));
        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    private static async Task<IEnumerable<string>> SeriousViolationsAsync(IPage page, string where)
    {
        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes);
        return result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{where}: {v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}");
    }
}
