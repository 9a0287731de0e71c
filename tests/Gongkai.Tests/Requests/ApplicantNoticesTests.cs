using Gongkai.Requests;

namespace Gongkai.Tests.Requests;

public sealed class ApplicantNoticesTests
{
    [Theory]
    [InlineData(RequestActionType.Accept, "已受理", "答复期限至2024年11月4日")]
    [InlineData(RequestActionType.RequestCorrection, "需要补正", "请于2024年10月21日前补正")]
    [InlineData(RequestActionType.Extend, "期限延长", "延长20个工作日，至2024年12月2日")]
    [InlineData(RequestActionType.Reply, "已答复", "办理结果：部分公开")]
    [InlineData(RequestActionType.ConsultThirdParty, null, null)]
    [InlineData(RequestActionType.FeeNotice, null, null)]
    [InlineData(RequestActionType.Withdraw, null, null)]
    public void Each_notified_step_has_its_Chinese_mail_without_the_query_code(RequestActionType type, string? subject, string? sentence)
    {
        var request = Sample(type);
        var text = ApplicantNotices.Text(request, type);
        Assert.Equal(subject is null, text is null);
        Assert.Equal(subject is not null, ApplicantNotices.Notified.Contains(type));
        if (text is { } mail)
        {
            Assert.Contains(subject!, mail.Subject);
            Assert.Contains("YSQ-2024-000009", mail.Subject);
            Assert.Contains(sentence!, mail.Body);
            Assert.StartsWith("李四：", mail.Body);
            Assert.DoesNotContain(request.QueryCode, mail.Body);
        }
    }

    private static Request Sample(RequestActionType type)
    {
        var request = new Request
        {
            Number = "YSQ-2024-000009", QueryCode = "SECRETCODE42", ApplicantName = "李四", Subject = "县级财政预算", ContentHash = "x",
            Email = "li.si@example.cn", ReceivedOn = new DateOnly(2024, 10, 8),
        };
        request.Steps.Add(new RequestStep { Sequence = 1, Type = type, On = new DateOnly(2024, 10, 8), Workdays = 20, Actor = "officer" });
        var calendar = Gongkai.Calendar.WorkingCalendar.Bundled;
        var clock = RequestClock.Start(request.ReceivedOn, calendar);
        clock = type switch
        {
            RequestActionType.RequestCorrection => RequestClock.Apply(clock, new ClockEvent(type, new DateOnly(2024, 10, 8), 10), calendar),
            RequestActionType.Reply => RequestClock.Apply(RequestClock.Apply(clock, new ClockEvent(RequestActionType.Accept, new DateOnly(2024, 10, 8)), calendar),
                new ClockEvent(type, new DateOnly(2024, 10, 8), null, "3.2"), calendar),
            RequestActionType.Extend => RequestClock.Apply(RequestClock.Apply(clock, new ClockEvent(RequestActionType.Accept, new DateOnly(2024, 10, 8)), calendar),
                new ClockEvent(type, new DateOnly(2024, 10, 8), 20), calendar),
            _ => clock,
        };
        request.Follow(clock);
        return request;
    }
}

public sealed class FeeWaiverNoticeTests
{
    private static Request Waived(params long?[] waivers)
    {
        var request = new Request
        {
            Number = "YSQ-2024-000010", QueryCode = "SECRETCODE43", ApplicantName = "王五", Subject = "复制档案", ContentHash = "x",
            Email = "wang.wu@example.cn", ReceivedOn = new DateOnly(2024, 9, 2),
        };
        var calendar = Gongkai.Calendar.WorkingCalendar.Bundled;
        var clock = RequestClock.Start(request.ReceivedOn, calendar);
        var on = new DateOnly(2024, 9, 2);
        request.Steps.Add(new RequestStep { Sequence = 1, Type = RequestActionType.Accept, On = on, Actor = "officer" });
        clock = RequestClock.Apply(clock, new ClockEvent(RequestActionType.Accept, on), calendar);
        request.Steps.Add(new RequestStep { Sequence = 2, Type = RequestActionType.FeeNotice, On = on, FeeFen = 470000, Actor = "officer" });
        clock = RequestClock.Apply(clock, new ClockEvent(RequestActionType.FeeNotice, on), calendar);
        foreach (var fen in waivers)
        {
            var partial = fen is not null && fen < FeeWaiver.Remaining(request.Steps);
            var amount = fen ?? FeeWaiver.Remaining(request.Steps);
            on = on.AddDays(1);
            request.Steps.Add(new RequestStep { Sequence = request.Steps.Count + 1, Type = RequestActionType.FeeWaived, On = on, FeeFen = amount, Note = "经济困难", Actor = "officer" });
            clock = RequestClock.Apply(clock, new ClockEvent(RequestActionType.FeeWaived, on, null, null, partial), calendar);
        }
        request.Follow(clock);
        return request;
    }

    [Theory]
    [InlineData(new long[] { 70000 }, "减免信息处理费700.00元，减免后尚需缴纳4000.00元，请于2024年9月30日前按收费通知缴纳")]
    [InlineData(new long[] { 70000, 400000 }, "减免信息处理费4000.00元，您无需再缴纳信息处理费")]
    [InlineData(new long[] { 470000 }, "已于2024年9月3日减免信息处理费4700.00元，您无需再缴纳信息处理费。我机关将继续办理您的申请，答复期限至")]
    public void A_waiver_tells_the_applicant_what_is_waived_and_what_is_still_due(long[] waivers, string sentence)
    {
        var request = Waived([.. waivers.Select(w => (long?)w)]);
        Assert.Contains(RequestActionType.FeeWaived, ApplicantNotices.Notified);
        var mail = ApplicantNotices.Text(request, RequestActionType.FeeWaived)!.Value;
        Assert.Equal("政府信息公开申请信息处理费减免（YSQ-2024-000010）", mail.Subject);
        Assert.Contains(sentence, mail.Body);
        Assert.Contains("说明：经济困难", mail.Body);
        Assert.StartsWith("王五：", mail.Body);
        Assert.DoesNotContain(request.QueryCode, mail.Body);
    }
}
