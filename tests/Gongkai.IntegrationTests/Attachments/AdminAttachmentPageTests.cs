using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Attachments;
using Gongkai.IntegrationTests.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Attachments;

/// <summary>The item edit page: upload, list, refuse, delete, as an editor does it in the browser.</summary>
public sealed partial class AdminAttachmentPageTests(SmallUploadApp app) : IClassFixture<SmallUploadApp>
{
    private static async Task<HttpResponseMessage> UploadAsync(CookieBrowser browser, long id, string name, byte[] bytes)
    {
        var page = await browser.Client.GetStringAsync($"/admin/items/{id}");
        var form = Uploads.Form(name, bytes);
        form.Add(new StringContent(WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value)), "__RequestVerificationToken");
        return await browser.Client.PostAsync($"/admin/items/{id}?handler=Attach", form);
    }

    [Fact]
    public async Task An_editor_uploads_sees_and_deletes_files_on_the_edit_page_and_bad_files_are_explained()
    {
        var steps = await ItemSteps.LoginAsync(app);
        var id = (await steps.CreateAsync(ItemSteps.Draft("后台附件页面测试"))).GetProperty("id").GetInt64();
        var browser = await CookieBrowser.LoginAsync(app, "editor");

        var docx = SimpleDocuments.Docx("通知", ["联系电话13912345678。"]);
        var uploaded = await UploadAsync(browser, id, "通知.docx", docx);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var page = await browser.Client.GetStringAsync($"/admin/items/{id}");
        var fileId = await app.WithDbAsync(db => db.Attachments.Where(a => a.ItemId == id).Select(a => a.Id).SingleAsync());
        Assert.Contains($"href=\"/api/v1/items/{id}/attachments/{fileId}\">通知.docx</a>", page);
        Assert.Contains("附件《通知.docx》", page);
        Assert.Contains("不超过 256 KB", page);
        Assert.Equal(docx, await browser.Client.GetByteArrayAsync($"/api/v1/items/{id}/attachments/{fileId}"));

        var refused = await UploadAsync(browser, id, "setup.pdf", Uploads.Exe);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("不支持的文件类型", await refused.Content.ReadAsStringAsync());
        var tooLarge = await UploadAsync(browser, id, "扫描.png", Uploads.Png(SmallUploadApp.Limit + 1));
        Assert.Contains("文件大小超过上限（256 KB）", await tooLarge.Content.ReadAsStringAsync());
        var wayTooLarge = await UploadAsync(browser, id, "扫描.png", Uploads.Png(SmallUploadApp.Limit * 2));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, wayTooLarge.StatusCode);
        Assert.Contains("文件过大", await wayTooLarge.Content.ReadAsStringAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.Attachments.CountAsync(a => a.ItemId == id)));

        var deleted = await browser.PostFormAsync($"/admin/items/{id}", new() { ["attachmentId"] = fileId.ToString() }, $"/admin/items/{id}?handler=Detach");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Attachments.CountAsync(a => a.ItemId == id)));
        Assert.Contains("暂无附件", await browser.Client.GetStringAsync($"/admin/items/{id}"));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
