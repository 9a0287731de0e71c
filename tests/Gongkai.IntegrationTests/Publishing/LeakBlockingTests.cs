using System.Net;
using System.Text.Json;
using Gongkai.IntegrationTests.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Publishing;

public sealed class LeakBlockingTests(TestApp app) : IClassFixture<TestApp>
{
    private const string Leaky = "<p>低保对象张某，身份证号230124198001011234，联系电话13912345678。本件机密。</p><p>档案号230124198001011235不是有效证件号。</p>";

    [Fact]
    public async Task Leaks_block_publication_until_masked()
    {
        var steps = await ItemSteps.LoginAsync(app);
        var id = await steps.ApprovedAsync(ItemSteps.Draft("2024年第三季度低保名单公示", Leaky));
        var scan = await HttpAssert.OkAsync<JsonElement>(await steps.Editor.GetAsync($"/api/v1/items/{id}/scan"));
        var kinds = scan.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["residentId", "mobile", "classificationMark"], kinds);
        Assert.DoesNotContain("198001011234", scan.ToString());
        Assert.True(scan.GetProperty("blocking").GetBoolean());

        var blocked = await HttpAssert.ProblemAsync(await steps.StepAsync(steps.Editor, id, "publish"), HttpStatusCode.Conflict);
        Assert.Contains("身份证号1处", blocked.GetProperty("detail").GetString());
        Assert.Contains("手机号码1处", blocked.GetProperty("detail").GetString());

        await steps.OkStepAsync(steps.Editor, id, "mask");
        var published = await steps.OkStepAsync(steps.Editor, id, "publish");
        Assert.Equal("published", published.GetProperty("status").GetString());
        var body = await app.WithDbAsync(db => db.Items.Where(i => i.Id == id).Select(i => i.Body).SingleAsync());
        Assert.Contains("230124********1234", body);
        Assert.Contains("139****5678", body);
        Assert.Contains("230124198001011235", body);
    }

    [Fact]
    public async Task A_reviewer_override_with_a_reason_lets_it_through_and_is_audited()
    {
        var steps = await ItemSteps.LoginAsync(app);
        var id = await steps.ApprovedAsync(ItemSteps.Draft("举报电话公告", "<p>监督举报电话：0451-57712345，机密。</p>"));
        await HttpAssert.ProblemAsync(await steps.StepAsync(steps.Editor, id, "publish"), HttpStatusCode.Conflict);
        await HttpAssert.ProblemAsync(await steps.StepAsync(steps.Editor, id, "override", new { reason = "x" }), HttpStatusCode.Forbidden);
        await HttpAssert.ValidationErrorAsync(await steps.StepAsync(steps.Reviewer, id, "override", new { }), "reason");
        await steps.OkStepAsync(steps.Reviewer, id, "override", new { reason = "举报电话为公开的办公电话；“机密”为引用语，经审查可以公开" });
        await steps.OkStepAsync(steps.Editor, id, "publish");

        var entry = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == "scanOverride" && e.EntityId == id.ToString()));
        Assert.Equal("reviewer", entry.Actor);
        Assert.Contains("办公电话", entry.Changes);
    }

    [Fact]
    public async Task Parallel_publication_never_repeats_an_index_number()
    {
        var steps = await ItemSteps.LoginAsync(app);
        var ids = new List<long>();
        for (var i = 0; i < 12; i++)
        {
            ids.Add(await steps.ApprovedAsync(ItemSteps.Draft($"并发发布测试第{i + 1}号", unit: "230124-005")));
        }
        var answers = await Task.WhenAll(ids.Select(id => steps.StepAsync(id % 2 == 0 ? steps.Editor : steps.Approver, id, "publish")));
        var numbers = new List<string>();
        foreach (var answer in answers)
        {
            numbers.Add((await HttpAssert.OkAsync<JsonElement>(answer)).GetProperty("indexNumber").GetString()!);
        }
        Assert.Equal(12, numbers.Distinct().Count());
        var sequences = numbers.Select(n => int.Parse(n[^5..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(sequences[0], 12), sequences);
    }
}
