using System.Net;
using System.Text.Json;
using Gongkai.Attachments;
using Gongkai.IntegrationTests.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Attachments;

/// <summary>Attachment text under the confidentiality scan and in the search; what the public may download.</summary>
public sealed class AttachmentPublicationTests(TestApp app) : IClassFixture<TestApp>
{
    private async Task<long> AttachAsync(HttpClient editor, long itemId, string name, byte[] bytes, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var response = await editor.PostAsync($"/api/v1/items/{itemId}/attachments", Uploads.Form(name, bytes));
        return expected == HttpStatusCode.Created
            ? (await HttpAssert.OkAsync<JsonElement>(response, HttpStatusCode.Created)).GetProperty("id").GetInt64()
            : (await HttpAssert.ProblemAsync(response, expected)).GetProperty("status").GetInt32();
    }

    private async Task<long> DraftAsync(ItemSteps steps, string title, string body = "<p>正文见附件。</p>") =>
        (await steps.CreateAsync(ItemSteps.Draft(title, body))).GetProperty("id").GetInt64();

    [Fact]
    public async Task Attachment_text_blocks_publication_like_the_body_until_replaced_or_overridden()
    {
        var steps = await ItemSteps.LoginAsync(app);
        var id = await DraftAsync(steps, "2024年危房改造补助对象公示");
        var leaky = SimpleDocuments.Docx("补助对象名单", ["李某，身份证号230124198001011234。", "本件机密。"]);
        var fileId = await AttachAsync(steps.Editor, id, "名单.docx", leaky);
        await steps.OkStepAsync(steps.Editor, id, "submit");
        await steps.OkStepAsync(steps.Reviewer, id, "review", new { decision = "pass" });
        await steps.OkStepAsync(steps.Approver, id, "approve", new { decision = "pass" });

        var scan = await HttpAssert.OkAsync<JsonElement>(await steps.Editor.GetAsync($"/api/v1/items/{id}/scan"));
        var findings = scan.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("field").GetString(), f.GetProperty("kind").GetString())).ToList();
        Assert.Equal([($"attachment:{fileId}", "residentId"), ($"attachment:{fileId}", "classificationMark")], findings);
        Assert.DoesNotContain("198001011234", scan.ToString());
        Assert.True(scan.GetProperty("blocking").GetBoolean());

        var blocked = await HttpAssert.ProblemAsync(await steps.StepAsync(steps.Editor, id, "publish"), HttpStatusCode.Conflict);
        Assert.Contains("身份证号1处", blocked.GetProperty("detail").GetString());
        var masked = await steps.OkStepAsync(steps.Editor, id, "mask");
        Assert.Equal(2, masked.GetProperty("remaining").GetArrayLength());
        await HttpAssert.ProblemAsync(await steps.StepAsync(steps.Editor, id, "publish"), HttpStatusCode.Conflict);

        await steps.OkStepAsync(steps.Reviewer, id, "override", new { reason = "名单依法公示，身份证号已核准公开范围" });
        Assert.Equal("published", (await steps.OkStepAsync(steps.Editor, id, "publish")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_word_only_in_an_attachment_finds_the_item_and_the_portal_serves_the_file()
    {
        var sync = app.App.Services.GetRequiredService<SearchSync>();
        await sync.StartupReconciled;
        var steps = await ItemSteps.LoginAsync(app);
        var id = await DraftAsync(steps, "2024年农业产业项目清单");
        var pdf = SimpleDocuments.Pdf("项目清单", ["第一项：琥珀蜜蜂养殖园扩建。"]);
        var fileId = await AttachAsync(steps.Editor, id, "项目清单.pdf", pdf);
        await steps.OkStepAsync(steps.Editor, id, "submit");
        await steps.OkStepAsync(steps.Reviewer, id, "review", new { decision = "pass" });
        await steps.OkStepAsync(steps.Approver, id, "approve", new { decision = "pass" });

        var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/xxgk/items/{id}/attachments/{fileId}")).StatusCode);
        await HttpAssert.ProblemAsync(await anonymous.GetAsync($"/api/v1/public/items/{id}/attachments/{fileId}"), HttpStatusCode.NotFound);

        await steps.OkStepAsync(steps.Editor, id, "publish");
        await sync.DrainOnceAsync();
        var found = await HttpAssert.OkAsync<JsonElement>(await anonymous.GetAsync("/api/v1/public/search?q=" + Uri.EscapeDataString("蜜蜂养殖")));
        Assert.Equal([id], found.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetInt64()));

        var page = await anonymous.GetStringAsync($"/xxgk/items/{id}");
        Assert.Contains($"href=\"/xxgk/items/{id}/attachments/{fileId}\"", page);
        Assert.Contains("项目清单.pdf", page);
        Assert.Contains($"（PDF，{AttachmentView.SizeText(pdf.Length)}）", page);
        var api = await HttpAssert.OkAsync<JsonElement>(await anonymous.GetAsync($"/api/v1/public/items/{id}"));
        var listed = Assert.Single(api.GetProperty("attachments").EnumerateArray());
        Assert.Equal($"/xxgk/items/{id}/attachments/{fileId}", listed.GetProperty("url").GetString());
        Assert.Equal(pdf.Length, listed.GetProperty("size").GetInt64());
        var download = await anonymous.GetAsync($"/xxgk/items/{id}/attachments/{fileId}");
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("项目清单.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/xxgk/items/{id + 1}/attachments/{fileId}")).StatusCode);

        await steps.OkStepAsync(steps.Editor, id, "withdraw");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/xxgk/items/{id}/attachments/{fileId}")).StatusCode);
    }

    [Fact]
    public async Task A_published_item_takes_only_clean_files_each_as_a_revision()
    {
        var steps = await ItemSteps.LoginAsync(app);
        var id = await steps.ApprovedAsync(ItemSteps.Draft("已发布信息补充附件", "<p>正文。</p>"));
        await steps.OkStepAsync(steps.Editor, id, "publish");
        var leaky = SimpleDocuments.Docx("补充", ["联系电话13912345678。"]);
        Assert.Equal(409, await AttachAsync(steps.Editor, id, "补充.docx", leaky, HttpStatusCode.Conflict));
        await AttachAsync(steps.Editor, id, "补充.docx", SimpleDocuments.Docx("补充", ["无个人信息。"]));
        var item = await HttpAssert.OkAsync<JsonElement>(await steps.Editor.GetAsync($"/api/v1/items/{id}"));
        Assert.Equal(2, item.GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task Request_files_are_for_its_officers_only_and_never_public()
    {
        var number = await app.WithDbAsync(db => db.Requests.OrderBy(r => r.Id).Select(r => r.Number).FirstAsync());
        var officer = await app.LoginAsync("officer");
        var scan = SimpleDocuments.Pdf("政府信息公开申请表", ["申请人：王某。"]);
        await HttpAssert.ValidationErrorAsync(await officer.PostAsync($"/api/v1/requests/{number}/attachments", Uploads.Form("申请表.pdf", scan)), "purpose");
        var added = await HttpAssert.OkAsync<JsonElement>(
            await officer.PostAsync($"/api/v1/requests/{number}/attachments", Uploads.Form("申请表.pdf", scan, purpose: "original")), HttpStatusCode.Created);
        Assert.Equal("original", added.GetProperty("purpose").GetString());
        var fileId = added.GetProperty("id").GetInt64();
        var list = await HttpAssert.OkAsync<JsonElement>(await officer.GetAsync($"/api/v1/requests/{number}/attachments"));
        Assert.Equal([fileId], list.EnumerateArray().Select(a => a.GetProperty("id").GetInt64()));
        Assert.Equal(scan, await (await officer.GetAsync($"/api/v1/requests/{number}/attachments/{fileId}")).Content.ReadAsByteArrayAsync());

        await HttpAssert.ProblemAsync(await (await app.LoginAsync("editor")).GetAsync($"/api/v1/requests/{number}/attachments/{fileId}"), HttpStatusCode.Forbidden);
        var anyPublished = await app.WithDbAsync(db => db.Items.Where(i => i.PublishedAt != null).Select(i => i.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync($"/xxgk/items/{anyPublished}/attachments/{fileId}")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "attach" && e.EntityId == number)));
    }

    [Fact]
    public async Task Demo_items_carry_real_documents_that_the_portal_lists_and_serves()
    {
        var files = await app.WithDbAsync(db => db.Attachments.AsNoTracking().Where(a => a.ItemId != null)
            .Select(a => new { a.Id, ItemId = a.ItemId!.Value, a.FileName, a.ContentType }).ToListAsync());
        Assert.True(files.Count >= 3, $"{files.Count} demo attachments");
        Assert.Contains(files, f => f.ContentType == "application/pdf");
        Assert.Contains(files, f => f.ContentType == FileType.Docx.ContentType);
        var first = files[0];
        var title = await app.WithDbAsync(db => db.Items.Where(i => i.Id == first.ItemId).Select(i => i.Title).SingleAsync());
        Assert.Contains(first.FileName, await app.Anonymous().GetStringAsync($"/xxgk/items/{first.ItemId}"));
        var bytes = await app.Anonymous().GetByteArrayAsync($"/xxgk/items/{first.ItemId}/attachments/{first.Id}");
        var text = TextExtractor.Extract(FileType.OfContentType(first.ContentType)!, bytes);
        Assert.Contains(title, string.Concat(text.Where(c => !char.IsWhiteSpace(c))));
    }
}
