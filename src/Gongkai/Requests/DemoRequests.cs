using Gongkai.Appeals;
using Gongkai.Calendar;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;
using T = Gongkai.Requests.RequestActionType;

namespace Gongkai.Requests;

/// <summary>
/// Demo requests and appeals. 2014 holds exactly ONE request (to the county government, answered in 2014) so the
/// seed's 2014 report (received 1, accepted 1, answered 1) is reproduced; 2023–2024 show every kind of path,
/// one request carried over from 2023 to 2024, and a few reviews and lawsuits.
/// </summary>
internal static class DemoRequests
{
    private sealed record Step(T Type, string On, int? Workdays = null, string? Outcome = null, FeeBasis? Fee = null, int? Quantity = null);

    public static async Task SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var calendar = await services.GetRequiredService<CalendarService>().GetAsync(db);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id);
        var seq = new Dictionary<int, int>();
        var numbers = new List<string>();

        void Add(string unit, string received, ApplicantType type, string name, string? org, string subject, params Step[] steps)
        {
            var receivedOn = DateOnly.Parse(received);
            seq[receivedOn.Year] = seq.GetValueOrDefault(receivedOn.Year) + 1;
            var request = new Request
            {
                Number = $"YSQ-{receivedOn.Year}-{seq[receivedOn.Year]:D6}", QueryCode = $"DEMO{numbers.Count + 1:D8}",
                UnitId = units[unit], Channel = numbers.Count % 2 == 0 ? RequestChannel.Online : RequestChannel.Letter,
                ReceivedAt = At(receivedOn), ReceivedOn = receivedOn, ApplicantType = type, ApplicantName = name,
                IdType = type == ApplicantType.Natural ? IdType.ResidentId : null, Organization = org,
                Phone = $"1380451{numbers.Count:D4}", Subject = subject, Delivery = DeliveryMethod.Email,
                ContentHash = $"demo-{numbers.Count}", CreatedAt = At(receivedOn),
            };
            var clock = RequestClock.Start(receivedOn, calendar);
            foreach (var step in steps)
            {
                var on = DateOnly.Parse(step.On);
                clock = RequestClock.Apply(clock, new ClockEvent(step.Type, on, step.Workdays, step.Outcome), calendar);
                request.Steps.Add(new RequestStep
                {
                    Sequence = request.Steps.Count + 1, Type = step.Type, At = At(on), On = on, Workdays = step.Workdays,
                    Outcome = step.Type is T.Reply or T.Withdraw ? clock.Outcome : null, FeeBasis = step.Fee, FeeQuantity = step.Quantity,
                    FeeFen = step.Fee is { } b ? InformationFee.Compute(b, step.Quantity!.Value) : null, Actor = "officer",
                });
            }
            request.Follow(clock);
            db.Requests.Add(request);
            numbers.Add(request.Number);
        }

        Add("230124", "2014-03-10", ApplicantType.Natural, "刘某", null, "方正县2013年农村危房改造补助名单",
            new(T.Accept, "2014-03-10"), new(T.Reply, "2014-03-24", Outcome: "3.1"));
        Add("230124-002", "2023-04-12", ApplicantType.Commercial, "陈某", "方正县某建材有限公司", "2023年县重点建设项目清单",
            new(T.Accept, "2023-04-12"), new(T.Reply, "2023-04-28", Outcome: "3.2"));
        Add("230124", "2023-06-05", ApplicantType.Natural, "王某", null, "某企业环境影响评价报告全本",
            new(T.Accept, "2023-06-05"), new(T.ConsultThirdParty, "2023-06-07"), new(T.ThirdPartyReplied, "2023-06-20"),
            new(T.Reply, "2023-07-05", Outcome: "3.3.4"));
        Add("230124-003", "2023-08-14", ApplicantType.Natural, "赵某", null, "有关补贴的文件",
            new(T.RequestCorrection, "2023-08-16", Workdays: 10), new(T.Reply, "2023-09-05", Outcome: "3.6.1"));
        Add("230124", "2023-12-20", ApplicantType.Research, "孙某", "某大学公共管理学院", "2019—2023年县政府常务会议议定事项",
            new(T.Accept, "2023-12-21"), new(T.Extend, "2024-01-10", Workdays: 20), new(T.Reply, "2024-02-01", Outcome: "3.1"));
        Add("230124-101", "2024-03-04", ApplicantType.Natural, "周某", null, "本村2020年土地流转合同",
            new(T.Accept, "2024-03-04"), new(T.Reply, "2024-03-15", Outcome: "3.4.1"));
        Add("230124", "2024-05-06", ApplicantType.LegalService, "吴某", "黑龙江某律师事务所", "2023年全县行政处罚决定书",
            new(T.Accept, "2024-05-06"), new(T.FeeNotice, "2024-05-08", Fee: FeeBasis.PerPage, Quantity: 250),
            new(T.FeePaid, "2024-05-15"), new(T.Reply, "2024-06-03", Outcome: "3.1"));
        Add("230124", "2024-06-25", ApplicantType.Natural, "郑某", null, "县城供暖价格调整依据",
            new Step(T.Withdraw, "2024-07-01"));
        Add("230124", "2024-07-08", ApplicantType.PublicWelfare, "冯某", "方正县某志愿者协会", "2023年县级财政预算公开",
            new(T.Accept, "2024-07-08"), new(T.Reply, "2024-07-12", Outcome: "3.5.3"));
        Add("230124-002", "2024-09-10", ApplicantType.OtherOrg, "何某", "某村民委员会", "2024年高标准农田建设项目批复",
            new Step(T.Accept, "2024-09-11"));
        await db.SaveChangesAsync();

        var requestIds = await db.Requests.Where(r => numbers.Contains(r.Number)).ToDictionaryAsync(r => r.Number, r => r.Id);
        db.Appeals.AddRange(
            new Appeal { UnitId = units["230124"], RequestId = requestIds[numbers[2]], RequestNumber = numbers[2], Kind = AppealKind.Review,
                FiledOn = new(2023, 7, 20), Result = AppealResult.Upheld, ClosedOn = new(2023, 9, 12),
                DueOn = AppealDeadline.Review(new(2023, 7, 20), calendar).Due, ExtendedDueOn = AppealDeadline.Review(new(2023, 7, 20), calendar).Extended },
            new Appeal { UnitId = units["230124"], RequestId = requestIds[numbers[2]], RequestNumber = numbers[2], Kind = AppealKind.LitigationAfterReview,
                FiledOn = new(2023, 9, 25), Result = AppealResult.Pending },
            new Appeal { UnitId = units["230124-101"], RequestId = requestIds[numbers[5]], RequestNumber = numbers[5], Kind = AppealKind.Review,
                FiledOn = new(2024, 4, 1), Result = AppealResult.Corrected, ClosedOn = new(2024, 5, 20),
                DueOn = AppealDeadline.Review(new(2024, 4, 1), calendar).Due, ExtendedDueOn = AppealDeadline.Review(new(2024, 4, 1), calendar).Extended });
        await db.SaveChangesAsync();
    }

    private static DateTime At(DateOnly day) => new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 30)), ChinaTime.Offset).UtcDateTime;
}
