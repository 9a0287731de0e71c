using System.Net;
using System.Text.Json;
using Gongkai.Attachments;
using Gongkai.IntegrationTests.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Attachments;

public sealed class ItemAttachmentsApiTests(SmallUploadApp app) : IClassFixture<SmallUploadApp>
{
    private async Task<(ItemSteps Steps, long Id)> DraftAsync(string title)
    {
        var steps = await ItemSteps.LoginAsync(app);
        return (steps, (await steps.CreateAsync(ItemSteps.Draft(title))).GetProperty("id").GetInt64());
    }

    private Task<int> CountAsync(long itemId) => app.WithDbAsync(db => db.Attachments.CountAsync(a => a.ItemId == itemId));

    [Fact]
    public async Task Upload_list_download_and_delete_a_pdf_with_a_chinese_name()
    {
        var (steps, id) = await DraftAsync("附件上传测试");
        var pdf = SimpleDocuments.Pdf("方正县防汛应急预案", ["各乡镇、各部门：请做好防汛准备。"]);
        var added = await HttpAssert.OkAsync<JsonElement>(
            await steps.Editor.PostAsync($"/api/v1/items/{id}/attachments", Uploads.Form("防汛应急预案.pdf", pdf, "application/x-anything")), HttpStatusCode.Created);
        Assert.Equal("防汛应急预案.pdf", added.GetProperty("fileName").GetString());
        Assert.Equal("application/pdf", added.GetProperty("contentType").GetString());
        Assert.Equal(pdf.Length, added.GetProperty("size").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), added.GetProperty("sha256").GetString());
        Assert.True(added.GetProperty("textLength").GetInt32() > 10);
        var attachmentId = added.GetProperty("id").GetInt64();

        var list = await HttpAssert.OkAsync<JsonElement>(await steps.Editor.GetAsync($"/api/v1/items/{id}/attachments"));
        Assert.Equal([attachmentId], list.EnumerateArray().Select(a => a.GetProperty("id").GetInt64()));

        var download = await steps.Editor.GetAsync($"/api/v1/items/{id}/attachments/{attachmentId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("防汛应急预案.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());

        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "attach" && e.EntityId == id.ToString()).ToListAsync());
        Assert.Contains("防汛应急预案.pdf", Assert.Single(audit).Changes);

        Assert.Equal(HttpStatusCode.NoContent, (await steps.Editor.DeleteAsync($"/api/v1/items/{id}/attachments/{attachmentId}")).StatusCode);
        Assert.Equal(0, await CountAsync(id));
        Assert.Equal(0, await app.WithDbAsync(db => db.AttachmentContents.CountAsync(c => c.AttachmentId == attachmentId)));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "detach" && e.EntityId == id.ToString())));
    }

    [Theory]
    [InlineData("setup.pdf", "exe")]
    [InlineData("报告.docx", "pdf")]
    [InlineData("说明.txt", "text")]
    public async Task A_type_that_is_not_accepted_or_does_not_match_its_name_is_refused_and_nothing_is_written(string name, string content)
    {
        var (steps, id) = await DraftAsync("错误类型测试" + name);
        var bytes = content switch
        {
            "exe" => Uploads.Exe,
            "pdf" => SimpleDocuments.Pdf("标题", ["正文"]),
            _ => "纯文本"u8.ToArray(),
        };
        var problem = await HttpAssert.ProblemAsync(
            await steps.Editor.PostAsync($"/api/v1/items/{id}/attachments", Uploads.Form(name, bytes, "application/pdf")), HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("文件", problem.GetProperty("detail").GetString());
        Assert.Equal(0, await CountAsync(id));
    }

    [Fact]
    public async Task Too_large_is_a_413_problem_in_chinese_and_nothing_is_written()
    {
        var (steps, id) = await DraftAsync("超大附件测试");
        var before = await app.WithDbAsync(db => db.AttachmentContents.CountAsync());
        foreach (var size in new[] { SmallUploadApp.Limit + 1, SmallUploadApp.Limit * 3 })
        {
            var problem = await HttpAssert.ProblemAsync(
                await steps.Editor.PostAsync($"/api/v1/items/{id}/attachments", Uploads.Form("扫描件.png", Uploads.Png(size), "image/png")), HttpStatusCode.RequestEntityTooLarge);
            Assert.Contains("256 KB", problem.GetProperty("detail").GetString());
        }
        Assert.Equal(0, await CountAsync(id));
        Assert.Equal(before, await app.WithDbAsync(db => db.AttachmentContents.CountAsync()));
        var ok = await steps.Editor.PostAsync($"/api/v1/items/{id}/attachments", Uploads.Form("扫描件.png", Uploads.Png(SmallUploadApp.Limit), "image/png"));
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
    }

    [Fact]
    public async Task Another_units_editor_and_other_roles_are_refused_and_a_submitted_item_takes_no_files()
    {
        var (steps, id) = await DraftAsync("权限测试");
        var form = () => Uploads.Form("a.png", Uploads.Png(100), "image/png");
        var other = await app.LoginAsync("editor-fgj");
        await HttpAssert.ProblemAsync(await other.PostAsync($"/api/v1/items/{id}/attachments", form()), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await other.GetAsync($"/api/v1/items/{id}/attachments"), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await steps.Reviewer.PostAsync($"/api/v1/items/{id}/attachments", form()), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await app.Anonymous().PostAsync($"/api/v1/items/{id}/attachments", form()), HttpStatusCode.Unauthorized);

        await steps.OkStepAsync(steps.Editor, id, "submit");
        var conflict = await HttpAssert.ProblemAsync(await steps.Editor.PostAsync($"/api/v1/items/{id}/attachments", form()), HttpStatusCode.Conflict);
        Assert.Contains("附件", conflict.GetProperty("detail").GetString());
        Assert.Equal(0, await CountAsync(id));
    }
}
