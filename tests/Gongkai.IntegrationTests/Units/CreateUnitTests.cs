using System.Net;
using System.Net.Http.Json;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Units;

public sealed class CreateUnitTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task An_administrator_creates_a_unit_under_the_county()
    {
        var admin = await app.LoginAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/v1/units", new
        {
            code = "230124-050", name = "方正县统计局", kind = "department", parentCode = "230124", creditCode = "11341702486344515H",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var units = await app.Anonymous().GetFromJsonAsync<List<UnitRow>>("/api/v1/public/units");
        Assert.Contains(units!, u => u.Code == "230124-050" && u.ParentCode == "230124" && u.Kind == "department");
    }

    [Theory]
    [InlineData("creditCode", "230124-051", "department", "230124", "11341702486344515J")]
    [InlineData("parentCode", "230124-052", "department", "nowhere", null)]
    [InlineData("kind", "230124-053", "ministry", "230124", null)]
    [InlineData("code", "bad code!", "department", "230124", null)]
    public async Task Bad_input_names_the_field_and_writes_nothing(string field, string code, string kind, string parent, string? creditCode)
    {
        var admin = await app.LoginAsync("admin");
        var before = await app.WithDbAsync(db => db.Units.CountAsync());
        var response = await admin.PostAsJsonAsync("/api/v1/units", new { code, name = "测试单位", kind, parentCode = parent, creditCode });
        var message = await HttpAssert.ValidationErrorAsync(response, field);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", message);
        Assert.Equal(before, await app.WithDbAsync(db => db.Units.CountAsync()));
    }

    [Fact]
    public async Task A_duplicate_code_is_a_conflict()
    {
        var admin = await app.LoginAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/v1/units", new { code = "230124-002", name = "重复", kind = "department", parentCode = "230124" });
        await HttpAssert.ProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Only_administrators_create_units()
    {
        var editor = await app.LoginAsync("editor");
        var response = await editor.PostAsJsonAsync("/api/v1/units", new { code = "230124-060", name = "某局", kind = "department", parentCode = "230124" });
        await HttpAssert.ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_unit_scoped_editor_cannot_change_another_units_record()
    {
        var editor = await app.LoginAsync("editor-fgj");
        var response = await editor.PutAsJsonAsync("/api/v1/units/230124-003", new { name = "方正县财政局", kind = "department", parentCode = "230124" });
        await HttpAssert.ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Staff_endpoints_refuse_anonymous_callers()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/units", new { code = "x", name = "x", kind = "department" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private sealed record UnitRow(string Code, string Name, string Kind, string? ParentCode);
}
