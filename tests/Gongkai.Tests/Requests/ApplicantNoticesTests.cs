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
