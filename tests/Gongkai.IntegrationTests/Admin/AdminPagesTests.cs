using System.Net;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Admin;

/// <summary>The back-office pages for units, staff and the audit trail, driven as a browser would (cookie, antiforgery).</summary>
public sealed class AdminPagesTests(TestApp app) : IClassFixture<TestApp>
{
    private static Dictionary<string, string> Unit(string code, string creditCode) => new()
    {
        ["Input.Code"] = code, ["Input.Name"] = "方正县测试局", ["Input.Kind"] = "department", ["Input.ParentCode"] = "230124",
        ["Input.CreditCode"] = creditCode, ["Input.Address"] = "方正县测试路1号", ["Input.OfficeHours"] = "周一至周五 8:30-17:00",
        ["Input.Phone"] = "0451-57100000", ["Input.DisclosureOffice"] = "测试局办公室", ["Input.SortOrder"] = "90",
    };

    [Fact]
    public async Task A_bad_credit_code_is_shown_beside_its_field_and_nothing_is_written()
    {
        var admin = await CookieBrowser.LoginAsync(app, "admin");
        var response = await admin.PostFormAsync("/admin/units/edit", Unit("230124-090", "91230124MA1B2C3D4X"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"Input_CreditCode-error\" class=\"field-validation-error\">统一社会信用代码无效", page);
        Assert.Contains("value=\"230124-090\"", page);
        Assert.False(await app.WithDbAsync(db => db.Units.AnyAsync(u => u.Code == "230124-090")));
    }

    [Fact]
    public async Task An_administrator_creates_then_edits_a_unit_with_every_field()
    {
        var admin = await CookieBrowser.LoginAsync(app, "admin");
        var created = await admin.PostFormAsync("/admin/units/edit", Unit("230124-091", ""));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var edit = Unit("230124-091", "");
        edit["Input.Name"] = "方正县测试局（改）";
        edit["Input.Fax"] = "0451-57100001";
        edit["Input.Email"] = "test@fangzheng.example";
        edit["Input.PostCode"] = "150800";
        edit["Input.DisclosureOfficePhone"] = "0451-57100002";
        edit["Input.DisclosureOfficeAddress"] = "测试路1号201室";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/units/edit/230124-091", edit)).StatusCode);
        var unit = await app.WithDbAsync(db => db.Units.SingleAsync(u => u.Code == "230124-091"));
        Assert.Equal(("方正县测试局（改）", "0451-57100001", "test@fangzheng.example", "150800", "测试路1号201室", 90),
            (unit.Name, unit.Fax, unit.Email, unit.PostCode, unit.DisclosureOfficeAddress, unit.SortOrder));
        var tree = await admin.Client.GetStringAsync("/admin/units");
        Assert.Contains("方正县测试局（改）", tree);
    }

    [Fact]
    public async Task A_unit_administrator_edits_only_units_in_scope()
    {
        var admin = await app.LoginAsync("admin");
        var scoped = new { userName = "ua-fgj", password = TestApp.Password, roles = new[] { "unitAdmin" }, units = new[] { "230124-002" } };
        (await admin.PostAsync("/api/v1/users", System.Net.Http.Json.JsonContent.Create(scoped))).EnsureSuccessStatusCode();
        var unitAdmin = await CookieBrowser.LoginAsync(app, "ua-fgj");
        Assert.Equal(HttpStatusCode.OK, (await unitAdmin.Client.GetAsync("/admin/units/edit/230124-002")).StatusCode);
        var other = await unitAdmin.Client.GetAsync("/admin/units/edit/230124-003");
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Contains("无权访问", await other.Content.ReadAsStringAsync());
        var tree = await unitAdmin.Client.GetStringAsync("/admin/units");
        Assert.Contains("href=\"/admin/units/edit/230124-002\"", tree);
        Assert.DoesNotContain("href=\"/admin/units/edit/230124-003\"", tree);
        Assert.DoesNotContain("新增单位", tree);
    }

    [Fact]
    public async Task The_staff_page_creates_a_user_and_shows_errors_by_field()
    {
        var admin = await CookieBrowser.LoginAsync(app, "admin");
        var form = new Dictionary<string, string> { ["Input.UserName"] = "page-made", ["Input.Password"] = "abc", ["Input.Roles"] = "editor", ["Input.Units"] = "230124-006" };
        var refused = await admin.PostFormAsync("/admin/staff", form, "/admin/staff?handler=Create");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("id=\"Input_Password-error\" class=\"field-validation-error\">密码至少需要8个字符", await refused.Content.ReadAsStringAsync());

        form["Input.Password"] = TestApp.Password;
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/staff", form, "/admin/staff?handler=Create")).StatusCode);
        var list = await admin.Client.GetStringAsync("/admin/staff");
        Assert.Contains("已创建账户“page-made”", list);
        Assert.Contains("<td>page-made</td>", list);
    }

    [Fact]
    public async Task The_staff_page_of_a_unit_administrator_lists_only_their_scope()
    {
        var admin = await CookieBrowser.LoginAsync(app, "editor");
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.Client.GetAsync("/admin/staff")).StatusCode);
        var unitAdmin = await CookieBrowser.LoginAsync(app, "unitadmin");
        var list = await unitAdmin.Client.GetStringAsync("/admin/staff");
        Assert.Contains("<td>editor-fgj</td>", list);
        Assert.DoesNotContain("value=\"admin\"", list.Split("新增账户")[1]);
    }

    [Fact]
    public async Task The_audit_page_filters_and_verifies_the_chain()
    {
        var admin = await CookieBrowser.LoginAsync(app, "admin");
        var filtered = await admin.Client.GetStringAsync("/admin/audit?EntityType=Unit&act=created");
        Assert.Contains("Unit #", filtered);
        Assert.DoesNotContain("StaffUser #", filtered);
        var verified = await admin.PostFormAsync("/admin/audit", [], "/admin/audit?handler=Verify");
        Assert.Contains("审计链完整：共校验", await verified.Content.ReadAsStringAsync());
        var officer = await CookieBrowser.LoginAsync(app, "officer");
        var denied = await officer.Client.GetAsync("/admin/audit");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Null(denied.Headers.Location);
        Assert.Contains("无权访问", await denied.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_forbidden_page_answers_403_in_place_while_a_stranger_is_sent_to_the_login_and_the_api_answers_problem_details()
    {
        var officer = await CookieBrowser.LoginAsync(app, "officer");
        var denied = await officer.Client.GetAsync("/admin/units/edit");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Null(denied.Headers.Location);
        Assert.StartsWith("text/html", denied.Content.Headers.ContentType!.MediaType);
        Assert.Contains("无权访问", await denied.Content.ReadAsStringAsync());

        var stranger = new CookieBrowser(app);
        var login = await stranger.Client.GetAsync("/admin/audit");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains("/admin/login", login.Headers.Location!.OriginalString);

        var api = await app.LoginAsync("officer");
        var problem = await api.GetAsync("/api/v1/audit/verify");
        Assert.Equal(HttpStatusCode.Forbidden, problem.StatusCode);
        Assert.Equal("application/problem+json", problem.Content.Headers.ContentType!.MediaType);
        Assert.Null(problem.Headers.Location);
    }

    [Fact]
    public async Task English_is_one_click_away_and_remembered()
    {
        var browser = new CookieBrowser(app);
        var chinese = await browser.Client.GetStringAsync("/admin/login");
        Assert.Contains("<html lang=\"zh-CN\">", chinese);
        Assert.Contains("工作人员登录", chinese);
        var english = await browser.Client.GetStringAsync("/admin/login?culture=en");
        Assert.Contains("<html lang=\"en\">", english);
        Assert.Contains("Staff login", english);
        Assert.Contains("Staff login", await browser.Client.GetStringAsync("/admin/login"));
        Assert.Contains("<html lang=\"zh-CN\">", await browser.Client.GetStringAsync("/?culture=zh-CN"));
    }
}
