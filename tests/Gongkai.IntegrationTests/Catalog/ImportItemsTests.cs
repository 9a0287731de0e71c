using System.Text;
using System.Text.Json;
using Gongkai.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Catalog;

public sealed class ImportItemsTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Bad_rows_go_to_the_rejects_and_a_rerun_adds_nothing()
    {
        var file = Path.Combine(app.DataDirectory, "items.jsonl");
        var lines = new StringBuilder();
        for (var i = 0; i < 500; i++)
        {
            var row = new Dictionary<string, object?>
            {
                ["sourceId"] = $"legacy-{i}", ["unit"] = "230124-009", ["title"] = $"旧系统迁移信息{i}", ["body"] = "<p>迁移正文</p>",
                ["formedOn"] = "2018-04-02", ["publishedAt"] = i == 7 ? "2018-06-30" : "2018-04-03", ["channels"] = new[] { "website" },
            };
            switch (i)
            {
                case 10: row["unit"] = "000000"; break;
                case 20: row.Remove("title"); break;
                case 30: row["channels"] = new[] { "carrierPigeon" }; break;
                case 40: row["sourceId"] = "legacy-1"; break;
            }
            lines.AppendLine(i == 50 ? "{broken" : JsonSerializer.Serialize(row));
        }
        await File.WriteAllTextAsync(file, lines.ToString());

        var first = await RunAsync(file);
        Assert.Equal(495, first.Added);
        Assert.Equal([11, 21, 31, 41, 51], first.Rejects.Select(r => r.Line).Order());
        Assert.Contains(first.Rejects, r => r.Line == 11 && r.Reason.Contains("000000", StringComparison.Ordinal));
        Assert.Contains(first.Rejects, r => r.Line == 31 && r.Reason.Contains("carrierPigeon", StringComparison.Ordinal));
        var rejectsFile = file + ".rejects.jsonl";
        await ImportItems.WriteRejectsAsync(rejectsFile, first.Rejects);
        var written = (await File.ReadAllLinesAsync(rejectsFile)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, written.Count);
        Assert.Equal(21, written[1].GetProperty("line").GetInt32());
        Assert.Contains("标题", written[1].GetProperty("reason").GetString());

        var second = await RunAsync(file);
        Assert.Equal(0, second.Added);
        Assert.Equal(495, second.AlreadyThere);
        var imported = await app.WithDbAsync(db => db.Items.Where(i => i.SourceId!.StartsWith("legacy-")).ToListAsync());
        Assert.Equal(495, imported.Count);
        Assert.All(imported, i => Assert.Equal(ItemStatus.Published, i.Status));
        Assert.Equal(495, imported.Select(i => i.IndexNumber).Distinct().Count());
        Assert.True(imported.Single(i => i.SourceId == "legacy-7").PublishedLate);
        Assert.False(imported.Single(i => i.SourceId == "legacy-8").PublishedLate);
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "import").Select(e => e.Changes!).ToListAsync());
        Assert.Single(audit, c => c.Contains("\"count\":495", StringComparison.Ordinal));
        Assert.DoesNotContain(audit, c => c.Contains("\"count\":0", StringComparison.Ordinal));
        var ids = imported.Select(i => i.Id).ToList();
        var queued = await app.WithDbAsync(db => db.SearchOutbox.Where(e => ids.Contains(e.DocumentId)).Select(e => e.DocumentId).Distinct().CountAsync());
        Assert.Equal(495, queued);
        var chain = await app.WithDbAsync(db => new Gongkai.Audit.VerifyAuditChain(db).RunAsync());
        Assert.True(chain.Ok, chain.Reason);
    }

    [Fact]
    public async Task Rows_past_their_repeal_day_are_imported_expired_and_the_job_finds_nothing_to_do()
    {
        var today = Gongkai.Publishing.Timeliness.ChinaDay(app.Clock.GetUtcNow().UtcDateTime);
        var file = Path.Combine(app.DataDirectory, "repealed.jsonl");
        string Row(string id, DateOnly repealed) => JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["sourceId"] = id, ["unit"] = "230124-009", ["title"] = $"已废止的旧文件{id}", ["body"] = "<p>正文</p>", ["formedOn"] = "2016-03-01",
            ["publishedAt"] = "2016-03-02", ["channels"] = new[] { "website" }, ["repealedOn"] = repealed.ToString("yyyy-MM-dd"),
        });
        await File.WriteAllLinesAsync(file, [Row("rep-past", today.AddYears(-2)), Row("rep-today", today), Row("rep-later", today.AddDays(1))]);

        Assert.Equal(3, (await RunAsync(file)).Added);

        var items = await app.WithDbAsync(db => db.Items.Where(i => i.SourceId!.StartsWith("rep-")).ToDictionaryAsync(i => i.SourceId!, i => (i.Status, i.Validity)));
        // A 废止 day marks the item 已废止 from the start; expiry changes only the status (as the job does).
        Assert.Equal((ItemStatus.Expired, Validity.Repealed), items["rep-past"]);
        Assert.Equal((ItemStatus.Expired, Validity.Repealed), items["rep-today"]);
        Assert.Equal((ItemStatus.Published, Validity.Repealed), items["rep-later"]);
        var job = app.App.Services.GetRequiredService<Gongkai.Publishing.PublishingJob>();
        Assert.Equal(0, (await job.TickAsync()).Expired);
    }

    [Fact]
    public async Task Csv_with_quoted_fields_imports()
    {
        var file = Path.Combine(app.DataDirectory, "items.csv");
        await File.WriteAllTextAsync(file,
            "sourceId,unit,title,body,formedOn,publishedAt,channels,kind\n" +
            "csv-1,230124-010,\"关于春耕的通知，请周知\",\"<p>第一行\n第二行，含\"\"引号\"\"</p>\",2018-03-01,2018-03-02,website;led,general\n" +
            "csv-2,230124-010,缺日期,正文,,2018-03-02,website,general\n");
        var summary = await RunAsync(file);
        Assert.Equal(1, summary.Added);
        Assert.Equal(4, Assert.Single(summary.Rejects).Line);
        var item = await app.WithDbAsync(db => db.Items.SingleAsync(i => i.SourceId == "csv-1"));
        Assert.Equal("关于春耕的通知，请周知", item.Title);
        Assert.Contains("含\"引号\"", item.Body);
        Assert.Equal(["website", "led"], item.Channels);
    }

    [Fact]
    public async Task Rows_without_source_id_or_publication_date_land_once_dated_the_day_they_were_formed()
    {
        var file = Path.Combine(app.DataDirectory, "bare.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            """{"unit":"230124-011","title":"关于做好2019年防汛工作的通知","body":"<p>各乡镇</p>","formedOn":"2019-05-06","kind":"general","documentNumber":"方水发〔2019〕3号"}""",
            """{"unit":"230124-011","title":"关于做好2019年防汛工作的通知","body":"<p>各乡镇</p>","formedOn":"2019-05-06","kind":"general","documentNumber":"方水发〔2019〕4号"}""",
            """{"unit":"230124-011","title":"没有日期的信息","body":"<p>正文</p>","kind":"general"}""",
        ]);
        var first = await RunAsync(file);
        Assert.Equal(2, first.Added);
        Assert.Equal(3, Assert.Single(first.Rejects).Line);
        var second = await RunAsync(file);
        Assert.Equal(0, second.Added);
        Assert.Equal(2, second.AlreadyThere);
        var items = await app.WithDbAsync(db => db.Items.Where(i => i.Title == "关于做好2019年防汛工作的通知").ToListAsync());
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal(new DateTime(2019, 5, 6, 1, 0, 0, DateTimeKind.Utc), i.PublishedAt));
        Assert.Equal(2, items.Select(i => i.SourceId).Distinct().Count());
    }

    private async Task<ImportSummary> RunAsync(string file)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        var import = ActivatorUtilities.CreateInstance<ImportItems>(scope.ServiceProvider);
        using var reader = new StreamReader(file);
        return await import.RunAsync(ItemFiles.Rows(reader, ImportItemsCommand.IsCsv(file)));
    }
}
