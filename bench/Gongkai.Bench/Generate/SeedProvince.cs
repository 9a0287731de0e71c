using Gongkai.Appeals;
using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Requests;
using Gongkai.Units;
using Microsoft.EntityFrameworkCore;
using T = Gongkai.Requests.RequestActionType;

namespace Gongkai.Bench.Generate;

/// <summary>
/// Adds the province's units (those not there yet) and, deterministically, requests with realistic outcomes over ten
/// years and appeals on about 3% of them, through the product's own entities, clock and bulk save (one audit entry a batch).
/// </summary>
public static class SeedProvince
{
    // Outcome codes of the 2021 report template with rough real-world weights: most requests are answered in full.
    private static readonly (string Code, int Weight)[] Outcomes =
    [
        ("3.1", 40), ("3.2", 12), ("3.3.1", 2), ("3.3.3", 2), ("3.3.4", 2), ("3.3.5", 1), ("3.4.1", 18), ("3.4.2", 2),
        ("3.5.1", 2), ("3.5.3", 4), ("3.5.4", 2),
    ];

    private static readonly string[] Subjects =
        ["征地补偿安置方案", "房屋征收补偿决定", "低保审批名单", "项目环评批复", "财政专项资金使用情况", "行政处罚决定书", "规划许可证及附图", "危房改造补助名单"];

    public static async Task<int> AddUnitsAsync(AppDbContext db, IReadOnlyList<Province.BenchUnit> units)
    {
        var existing = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id);
        var order = existing.Count;
        var added = 0;
        // One root above every county (the report "for all" is this unit's tree); the demo county moves under it.
        if (!existing.ContainsKey(Province.RootCode))
        {
            var root = new Unit { Code = Province.RootCode, Name = Province.RootName, Kind = UnitKind.Government, SortOrder = order++ };
            db.Units.Add(root);
            await db.SaveChangesAsync();
            existing[root.Code] = root.Id;
            foreach (var orphan in await db.Units.Where(u => u.ParentId == null && u.Id != root.Id).ToListAsync())
            {
                orphan.ParentId = root.Id;
            }
            await db.SaveChangesAsync();
            added++;
        }
        foreach (var government in units.Where(u => u.Kind == UnitKind.Government && !existing.ContainsKey(u.Code)))
        {
            var parent = new Unit { Code = government.Code, Name = government.Name, Kind = UnitKind.Government, ParentId = existing[Province.RootCode], SortOrder = order++ };
            db.Units.Add(parent);
            await db.SaveChangesAsync();
            existing[parent.Code] = parent.Id;
            added++;
        }
        foreach (var unit in units.Where(u => !existing.ContainsKey(u.Code)))
        {
            db.Units.Add(new Unit { Code = unit.Code, Name = unit.Name, Kind = unit.Kind, ParentId = existing[unit.CountyCode], SortOrder = order++ });
            added++;
        }
        await db.SaveChangesAsync();
        return added;
    }

    public static async Task<(int Requests, int Appeals)> AddRequestsAsync(AppDbContext db, WorkingCalendar calendar, int count, int seed, Action<int>? progress = null)
    {
        var random = new Random(seed);
        var units = await db.Units.AsNoTracking().Select(u => u.Id).OrderBy(id => id).ToListAsync();
        var seq = new Dictionary<int, int>();
        var appeals = 0;
        for (var done = 0; done < count;)
        {
            var batch = new List<Request>();
            for (; batch.Count < 2000 && done < count; done++)
            {
                var received = new DateOnly(ItemGenerator.FirstYear + random.Next(ItemGenerator.Years), 1, 1).AddDays(random.Next(360));
                while (!calendar.IsWorkday(received))
                {
                    received = received.AddDays(1);
                }
                seq[received.Year] = seq.GetValueOrDefault(received.Year) + 1;
                var type = (ApplicantType)(random.Next(10) < 7 ? 0 : 1 + random.Next(5));
                var request = new Request
                {
                    Number = $"BEN-{received.Year}-{seq[received.Year]:D7}", QueryCode = $"B{seed:X4}{done:D9}", UnitId = units[random.Next(units.Count)],
                    Channel = (RequestChannel)random.Next(5), ReceivedAt = At(received), ReceivedOn = received, ApplicantType = type,
                    ApplicantName = "某某", IdType = type == ApplicantType.Natural ? IdType.ResidentId : null,
                    Organization = type == ApplicantType.Natural ? null : "某单位", Subject = Subjects[random.Next(Subjects.Length)],
                    Delivery = DeliveryMethod.Email, ContentHash = $"bench-{seed}-{done}", CreatedAt = At(received),
                };
                var clock = RequestClock.Start(received, calendar);
                var steps = new List<(T Type, DateOnly On, int? Workdays, string? Outcome)> { (T.Accept, received, null, null) };
                var reply = calendar.AddWorkdays(received, 3 + random.Next(16));
                if (random.Next(12) == 0)
                {
                    steps.Add((T.Extend, calendar.AddWorkdays(received, 15), 15, null));
                    reply = calendar.AddWorkdays(received, 21 + random.Next(14));
                }
                if (received.Year < ItemGenerator.FirstYear + ItemGenerator.Years - 1 || random.Next(10) > 0)
                {
                    steps.Add(random.Next(40) == 0 ? (T.Withdraw, reply, null, null) : (T.Reply, reply, null, Outcome(random)));
                }
                foreach (var (stepType, on, workdays, outcome) in steps)
                {
                    clock = RequestClock.Apply(clock, new ClockEvent(stepType, on, workdays, outcome), calendar);
                    request.Steps.Add(new RequestStep
                    {
                        Sequence = request.Steps.Count + 1, Type = stepType, At = At(on), On = on, Workdays = workdays,
                        Outcome = stepType is T.Reply or T.Withdraw ? clock.Outcome : null, Actor = "bench",
                    });
                }
                request.Follow(clock);
                batch.Add(request);
            }
            db.Requests.AddRange(batch);
            await db.SaveBulkAsync("import", nameof(Request), new { count = batch.Count });
            appeals += await AddAppealsAsync(db, random, batch, calendar);
            db.ChangeTracker.Clear();
            progress?.Invoke(batch.Count);
        }
        return (count, appeals);
    }

    private static async Task<int> AddAppealsAsync(AppDbContext db, Random random, List<Request> batch, WorkingCalendar calendar)
    {
        var appealed = batch.Where(r => r.ClosedOn is not null && r.Outcome != "3.1" && random.Next(12) == 0).ToList();
        foreach (var request in appealed)
        {
            var filed = request.ClosedOn!.Value.AddDays(10 + random.Next(40));
            var kind = random.Next(5) == 0 ? AppealKind.LitigationDirect : AppealKind.Review;
            var result = (AppealResult)random.Next(4);
            var deadline = AppealDeadline.Review(filed, calendar);
            db.Appeals.Add(new Appeal
            {
                UnitId = request.UnitId, RequestId = request.Id, RequestNumber = request.Number, Kind = kind, FiledOn = filed, Result = result,
                ClosedOn = result == AppealResult.Pending ? null : filed.AddDays(30 + random.Next(40)),
                DueOn = kind == AppealKind.Review ? deadline.Due : null, ExtendedDueOn = kind == AppealKind.Review ? deadline.Extended : null,
            });
        }
        if (appealed.Count > 0)
        {
            await db.SaveBulkAsync("import", nameof(Appeal), new { count = appealed.Count });
        }
        return appealed.Count;
    }

    private static string Outcome(Random random)
    {
        var pick = random.Next(Outcomes.Sum(o => o.Weight));
        foreach (var (code, weight) in Outcomes)
        {
            if ((pick -= weight) < 0)
            {
                return code;
            }
        }
        return "3.1";
    }

    private static DateTime At(DateOnly day) => new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 30)), ChinaTime.Offset).UtcDateTime;
}
