using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using static Gongkai.IntegrationTests.Requests.RequestClient;

namespace Gongkai.IntegrationTests.Requests;

/// <summary>Without SMTP, applicant e-mails land as .eml files in DATA/mail/pickup.</summary>
public sealed class ApplicantNoticesTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Accept_correction_extension_and_answer_each_mail_the_applicant_in_Chinese()
    {
        var officer = await app.LoginAsync("officer");
        var (number, queryCode) = await FileWithEmailAsync(officer, "zhang.san@example.cn");
        await ActAsync(officer, number, new { type = "accept", at = "2024-09-27" });
        await ActAsync(officer, number, new { type = "requestCorrection", at = "2024-09-30", workdays = 10, note = "请写明所需文件的文号" });
        await ActAsync(officer, number, new { type = "correctionReceived", at = "2024-10-08" });
        await ActAsync(officer, number, new { type = "extend", at = "2024-10-08", workdays = 10, note = "需调取档案" });
        await ActAsync(officer, number, new { type = "reply", at = "2024-10-08", outcome = "3.1" });
        await app.App.Services.GetRequiredService<ApplicantMailSender>().DrainAsync();

        var mails = Pickup(number);
        Assert.Equal(4, mails.Count);
        Assert.All(mails, m =>
        {
            Assert.Equal("zhang.san@example.cn", m.To.Mailboxes.Single().Address);
            Assert.Contains(number, m.Subject);
            Assert.DoesNotContain(queryCode, m.TextBody);
            Assert.Contains("方正县人民政府", m.TextBody);
        });
        var correction = Assert.Single(mails, m => (m.Subject ?? "").Contains("需要补正"));
        Assert.Contains("请于2024年10月18日前补正", correction.TextBody);
        Assert.Contains("请写明所需文件的文号", correction.TextBody);
        var accepted = Assert.Single(mails, m => (m.Subject ?? "").Contains("已受理"));
        Assert.Contains("答复期限至2024年10月30日", accepted.TextBody);
        var extended = Assert.Single(mails, m => (m.Subject ?? "").Contains("期限延长"));
        Assert.Contains("延长10个工作日，至2024年11月18日", extended.TextBody);
        var answered = Assert.Single(mails, m => (m.Subject ?? "").Contains("已答复"));
        Assert.Contains("办理结果：予以公开", answered.TextBody);
        Assert.Contains("60日内", answered.TextBody);

        var rows = await app.WithDbAsync(db => db.ApplicantMessages.AsNoTracking().Where(m => m.RequestNumber == number).ToListAsync());
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.NotNull(r.SentAt));
        Assert.Equal(0, await app.App.Services.GetRequiredService<ApplicantMailSender>().DrainAsync()); // nothing sent twice
        Assert.Equal(4, Pickup(number).Count);

        // The officer sees what the applicant was told, and whether it went out.
        var browser = await CookieBrowser.LoginAsync(app, "officer");
        var page = WebUtility.HtmlDecode(await browser.Client.GetStringAsync($"/admin/requests/{number}"));
        Assert.Contains("通知申请人", page);
        Assert.Contains($"政府信息公开申请已答复（{number}）", page);
        Assert.Equal(4, Regex.Count(page, "已发送 "));
        Assert.Contains("下载答复告知书（PDF）", page);
    }

    [Fact]
    public async Task A_fee_waiver_mails_the_applicant_what_was_waived()
    {
        var officer = await app.LoginAsync("officer");
        var (number, queryCode) = await FileWithEmailAsync(officer, "wang.wu@example.cn");
        await ActAsync(officer, number, new { type = "accept", at = "2024-09-27" });
        await ActAsync(officer, number, new { type = "feeNotice", at = "2024-09-30", feeBasis = "perPage", quantity = 250 }); // 4700元
        await ActAsync(officer, number, new { type = "feeWaived", at = "2024-10-08", amountFen = 70000, note = "减免部分复制费" });
        await ActAsync(officer, number, new { type = "feeWaived", at = "2024-10-08", note = "申请人确有经济困难" });
        await app.App.Services.GetRequiredService<ApplicantMailSender>().DrainAsync();

        var waivers = Pickup(number).Where(m => (m.Subject ?? "") == $"政府信息公开申请信息处理费减免（{number}）").ToList();
        Assert.Equal(2, waivers.Count);
        Assert.All(waivers, m =>
        {
            Assert.Equal("wang.wu@example.cn", m.To.Mailboxes.Single().Address);
            Assert.DoesNotContain(queryCode, m.TextBody);
        });
        var partial = Assert.Single(waivers, m => (m.TextBody ?? "").Contains("减免信息处理费700.00元", StringComparison.Ordinal));
        Assert.Contains("减免后尚需缴纳4000.00元", partial.TextBody);
        Assert.Contains("说明：减免部分复制费", partial.TextBody);
        var full = Assert.Single(waivers, m => (m.TextBody ?? "").Contains("减免信息处理费4000.00元", StringComparison.Ordinal));
        Assert.Contains("您无需再缴纳信息处理费", full.TextBody);
        Assert.Contains("说明：申请人确有经济困难", full.TextBody);
        var rows = await app.WithDbAsync(db => db.ApplicantMessages.AsNoTracking()
            .Where(m => m.RequestNumber == number && m.Reason == RequestActionType.FeeWaived).ToListAsync());
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.NotNull(r.SentAt));
    }

    [Fact]
    public async Task No_address_no_mail_and_a_refused_step_queues_nothing()
    {
        var officer = await app.LoginAsync("officer");
        var filed = await FileAsync(officer, "2024-10-08"); // no e-mail address
        await ActAsync(officer, filed.Number, new { type = "accept", at = "2024-10-08" });
        var (number, _) = await FileWithEmailAsync(officer, "li.si@example.cn");
        var refused = await officer.PostAsJsonAsync($"/api/v1/requests/{number}/actions", new { type = "reply", at = "2024-10-08", outcome = "3.1" });
        await HttpAssert.ProblemAsync(refused, HttpStatusCode.Conflict);
        var rows = await app.WithDbAsync(db => db.ApplicantMessages.CountAsync(m => m.RequestNumber == filed.Number || m.RequestNumber == number));
        Assert.Equal(0, rows);
    }

    private async Task<(string Number, string QueryCode)> FileWithEmailAsync(HttpClient staff, string email)
    {
        var response = await staff.PostAsJsonAsync("/api/v1/requests", new
        {
            unit = "230124", channel = "letter", receivedAt = "2024-09-27",
            applicant = new { type = "natural", name = "张三" + Guid.NewGuid().ToString("N")[..4], idType = "residentId", idNumber = ValidId, email },
            subject = "2024年县级财政预算执行情况" + Guid.NewGuid().ToString("N")[..4], delivery = "email",
        });
        var filed = await HttpAssert.OkAsync<Filed>(response, HttpStatusCode.Created);
        return (filed.Number, filed.QueryCode);
    }

    private List<MimeMessage> Pickup(string number)
    {
        var dir = Path.Combine(app.DataDirectory, "mail", "pickup");
        return Directory.Exists(dir)
            ? Directory.GetFiles(dir, $"*-{number}-*.eml").Select(f => MimeMessage.Load(f)).ToList()
            : [];
    }
}
