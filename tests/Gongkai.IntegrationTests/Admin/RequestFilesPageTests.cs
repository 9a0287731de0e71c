using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Attachments;
using Gongkai.IntegrationTests.Attachments;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Gongkai.IntegrationTests.Requests.RequestClient;

namespace Gongkai.IntegrationTests.Admin;

/// <summary>The back-office request page: a request officer uploads, sees, downloads and deletes the request's files.</summary>
public sealed partial class RequestFilesPageTests(SmallUploadApp app) : IClassFixture<SmallUploadApp>
{
    /// <summary>Posts a multipart form as the browser does, with the antiforgery token read from the page.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(CookieBrowser browser, string number, string name, byte[] bytes, string purpose, bool withToken = true)
    {
        var page = await browser.Client.GetStringAsync($"/admin/requests/{number}");
        var form = Uploads.Form(name, bytes, purpose: purpose);
        if (withToken)
        {
            form.Add(new StringContent(WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value)), "__RequestVerificationToken");
        }
        return await browser.Client.PostAsync($"/admin/requests/{number}?handler=Attach", form);
    }

    [Fact]
    public async Task An_officer_uploads_sees_and_deletes_request_files_and_bad_files_are_explained()
    {
        var filed = await FileAsync(await app.LoginAsync("officer"), "2024-09-02");
        var browser = await CookieBrowser.LoginAsync(app, "officer");
        var url = $"/admin/requests/{filed.Number}";
        Assert.Contains("暂无文件", await browser.Client.GetStringAsync(url));

        var scan = Uploads.Png(2048);
        var uploaded = await UploadAsync(browser, filed.Number, "申请书扫描件.png", scan, "original");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var page = await browser.Client.GetStringAsync(url);
        var fileId = await app.WithDbAsync(db => db.Attachments.Where(a => db.Requests.Any(r => r.Id == a.RequestId && r.Number == filed.Number)).Select(a => a.Id).SingleAsync());
        Assert.Contains("已上传文件“申请书扫描件.png”", page);
        Assert.Contains($"href=\"/api/v1/requests/{filed.Number}/attachments/{fileId}\">申请书扫描件.png</a>", page);
        Assert.Contains("<td>申请原件扫描件</td>", page);
        Assert.Contains("2 KB", page);
        Assert.Equal(scan, await browser.Client.GetByteArrayAsync($"/api/v1/requests/{filed.Number}/attachments/{fileId}"));

        var refused = await UploadAsync(browser, filed.Number, "答复.pdf", Uploads.Exe, "released");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("不支持的文件类型", await refused.Content.ReadAsStringAsync());
        var badPurpose = await UploadAsync(browser, filed.Number, "答复.png", Uploads.Png(100), "other");
        Assert.Contains("附件用途须为", await badPurpose.Content.ReadAsStringAsync());
        var tooLarge = await UploadAsync(browser, filed.Number, "扫描.png", Uploads.Png(SmallUploadApp.Limit + 1), "original");
        Assert.Contains("文件大小超过上限（256 KB）", await tooLarge.Content.ReadAsStringAsync());
        var forged = await UploadAsync(browser, filed.Number, "扫描.png", Uploads.Png(100), "original", withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Attachments.CountAsync(a => db.Requests.Any(r => r.Id == a.RequestId && r.Number == filed.Number))));

        var deleted = await browser.PostFormAsync(url, new() { ["attachmentId"] = fileId.ToString() }, $"{url}?handler=Detach");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Attachments.CountAsync(a => db.Requests.Any(r => r.Id == a.RequestId && r.Number == filed.Number))));
        Assert.Contains("暂无文件", await browser.Client.GetStringAsync(url));
    }

    [Fact]
    public async Task A_supervisor_sees_the_files_but_cannot_change_them()
    {
        var officer = await app.LoginAsync("officer");
        var filed = await FileAsync(officer, "2024-09-02");
        var officerBrowser = await CookieBrowser.LoginAsync(app, "officer");
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(officerBrowser, filed.Number, "原件.png", Uploads.Png(100), "original")).StatusCode);

        var supervisor = await CookieBrowser.LoginAsync(app, "supervisor");
        var page = await supervisor.Client.GetStringAsync($"/admin/requests/{filed.Number}");
        Assert.Contains("原件.png", page);
        Assert.DoesNotContain("?handler=Attach", page);
        Assert.DoesNotContain("删除文件", page);
        var refused = await UploadAsync(supervisor, filed.Number, "原件2.png", Uploads.Png(100), "original");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Attachments.CountAsync(a => db.Requests.Any(r => r.Id == a.RequestId && r.Number == filed.Number))));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
