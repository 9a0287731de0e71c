using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.IntegrationTests.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Reports;
using Microsoft.EntityFrameworkCore;
using static Gongkai.IntegrationTests.Supervision.SupervisionSteps;

namespace Gongkai.IntegrationTests.Reports;

/// <summary>
/// The SQL filter of the report's rows (<see cref="ReportRows"/>): an item just outside the year is neither read nor
/// counted, one just inside is, in the report and in its drill-down (China-time publication days, 31 December 16:00 UTC).
/// </summary>
public sealed partial class ReportRowsTests(TestApp app) : IClassFixture<TestApp>
{
    private const string Unit = "230124-963";

    private static readonly (string Title, string Kind, string FormedOn, DateTime PublishedAt, string? RepealedOn, bool Inside)[] Rows =
    [
        ("规范性文件（年末发布）", "normativeDocument", "2024-12-01", Utc(2024, 12, 31, 15, 59, 59), null, true),
        ("规范性文件（次年元旦发布）", "normativeDocument", "2024-12-01", Utc(2024, 12, 31, 16, 0, 0), null, false),
        ("规范性文件（上年末废止）", "normativeDocument", "2020-02-01", Utc(2020, 3, 1, 2, 0, 0), "2023-12-31", false),
        ("规范性文件（本年元旦废止）", "normativeDocument", "2020-02-01", Utc(2020, 3, 1, 2, 0, 0), "2024-01-01", true),
        ("许可决定（上年作出）", "licensingDecision", "2023-12-31", Utc(2023, 12, 31, 15, 59, 59), null, false),
        ("许可决定（本年元旦作出）", "licensingDecision", "2024-01-01", Utc(2023, 12, 31, 15, 59, 59), null, true),
        ("一般信息（本年元旦发布）", "general", "2023-12-20", Utc(2023, 12, 31, 16, 0, 0), null, true),
        ("一般信息（上年除夕发布）", "general", "2023-12-20", Utc(2023, 12, 31, 15, 59, 59), null, false),
    ];

    [Fact]
    public async Task Items_just_outside_the_year_are_not_read_nor_counted_and_items_just_inside_are()
    {
        await AddUnitAsync(app, Unit, "方正县年界测试局");
        var steps = await ItemSteps.LoginAsync(app);
        foreach (var row in Rows)
        {
            var node = row.Kind switch { "normativeDocument" => "art20-07", "licensingDecision" => "art20-05", _ => "art20-02" };
            var id = await steps.ApprovedAsync(new { unit = Unit, title = row.Title, body = "正文内容。", formedOn = row.FormedOn, kind = row.Kind, catalogNode = node, documentNumber = "方测发〔2024〕1号", channels = new[] { "website" } });
            await steps.OkStepAsync(steps.Editor, id, "publish");
            await app.WithDbAsync(async db =>
            {
                var formed = DateOnly.Parse(row.FormedOn, System.Globalization.CultureInfo.InvariantCulture);
                await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"Items\" SET \"PublishedAt\" = {row.PublishedAt}, \"FormedOn\" = {formed} WHERE \"Id\" = {id}");
                if (row.RepealedOn is { } repealed)
                {
                    var day = DateOnly.Parse(repealed, System.Globalization.CultureInfo.InvariantCulture);
                    await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"Items\" SET \"RepealedOn\" = {day} WHERE \"Id\" = {id}");
                }
                return 0;
            });
        }

        var read = await app.WithDbAsync(async db =>
        {
            var unitId = await db.Units.Where(u => u.Code == Unit).Select(u => u.Id).SingleAsync();
            return await ReportRows.Items(db, [unitId], 2024).Select(i => i.Title).ToListAsync();
        });
        Assert.Equal(Rows.Where(r => r.Inside).Select(r => r.Title).Order(), read.Order());

        var staff = await app.LoginAsync("editor");
        var report = await HttpAssert.OkAsync<JsonElement>(await staff.GetAsync($"/api/v1/reports/annual?year=2024&unit={Unit}&format=json"));
        var proactive = report.GetProperty("proactive");
        var normative = proactive.GetProperty("normativeDocuments");
        Assert.Equal((1, 1, 1, 1), (normative.GetProperty("issued").GetInt32(), normative.GetProperty("repealed").GetInt32(),
            normative.GetProperty("inForce").GetInt32(), proactive.GetProperty("licensing").GetInt32()));
        var of2008 = await HttpAssert.OkAsync<JsonElement>(await staff.GetAsync($"/api/v1/reports/annual?year=2024&template=2008&unit={Unit}&format=json"));
        Assert.Equal(2, of2008.GetProperty("proactive").GetProperty("total").GetInt32()); // 年末发布的规范性文件 and 元旦发布的一般信息

        var browser = await CookieBrowser.LoginAsync(app, "admin");
        Assert.Equal(["规范性文件（年末发布）"], await DrillAsync(browser, "documents:normativeDocument:issued"));
        Assert.Equal(["规范性文件（本年元旦废止）"], await DrillAsync(browser, "documents:normativeDocument:repealed"));
        Assert.Equal(["规范性文件（年末发布）"], await DrillAsync(browser, "documents:normativeDocument:inForce"));
        Assert.Equal(["许可决定（本年元旦作出）"], await DrillAsync(browser, "decisions:licensing"));
    }

    private static DateTime Utc(int year, int month, int day, int hour, int minute, int second) =>
        new(year, month, day, hour, minute, second, DateTimeKind.Utc);

    private static async Task<List<string>> DrillAsync(CookieBrowser browser, string cell)
    {
        var response = await browser.Client.GetAsync($"/admin/reports/records?unit={Unit}&year=2024&cell={Uri.EscapeDataString(cell)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = ListPattern().Match(await response.Content.ReadAsStringAsync());
        return list.Success ? [.. RecordPattern().Matches(list.Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))] : [];
    }

    [GeneratedRegex("<ol class=\"drill-records\">[\\s\\S]*?</ol>")]
    private static partial Regex ListPattern();

    [GeneratedRegex("<li><a href=\"[^\"]*\">([^<]*)</a>")]
    private static partial Regex RecordPattern();
}
