using System.Globalization;
using Gongkai.Data;
using Gongkai.Publishing;
using Microsoft.EntityFrameworkCore;
using static Gongkai.Catalog.DemoVocabulary;

namespace Gongkai.Catalog;

/// <summary>
/// The demo county's items: 2014 exactly as the seed report counts them (4,395 published items in the five content
/// areas; one primary channel each: website 972, 政务网 349, 政务大厅 1,072, other 2,002 over LED/kiosk/offline),
/// later years (2022–2024) in the current format, and three drafts with leaks for the scan. Deterministic (seed 2014).
/// </summary>
internal static class DemoItems
{
    public const int Total2014 = 4395;
    public static readonly (string Channel, int Count)[] Channels2014 =
        [("website", 972), ("govAffairsSite", 349), ("serviceHall", 1072), ("led", 700), ("kiosk", 650), ("offline", 652)];

    public static async Task SeedAsync(AppDbContext db)
    {
        var random = new Random(2014);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.SortOrder).Select(u => new { u.Id, u.Code }).ToListAsync();
        var numbers = new AllocateIndexNumber(db);
        var channels = Channels2014.SelectMany(c => Enumerable.Repeat(c.Channel, c.Count)).OrderBy(_ => random.Next()).ToList();
        var batch = new List<Item>();
        for (var i = 0; i < Total2014; i++)
        {
            var unit = units[random.Next(units.Count)].Id;
            var area = random.Next(5);
            var published = new DateOnly(2014, 1, 2).AddDays(random.Next(363));
            var formed = published.AddDays(-random.Next(0, 20));
            formed = formed.Year < 2014 ? new DateOnly(2014, 1, 1) : formed;
            var item = Published(Title(area, 2014, random), Body(random), unit, formed, published);
            item.CatalogNode = $"seed-{area + 1}";
            item.Channels = [channels[i]];
            batch.Add(item);
        }
        batch.AddRange(LaterYears(units.Select(u => u.Id).ToList(), random));
        await AssignIndexNumbersAsync(numbers, batch);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Items.AddRange(batch);
        await db.SaveBulkAsync("demoItems", nameof(Item), new { count = batch.Count });
        await AddInterpretationsAndDraftsAsync(db, units[0].Id, units.First(u => u.Code == "230124-005").Id);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
    }

    private static IEnumerable<Item> LaterYears(List<int> units, Random random)
    {
        for (var year = 2022; year <= 2024; year++)
        {
            for (var i = 0; i < 300; i++)
            {
                var area = random.Next(5);
                var day = new DateOnly(year, 1, 3).AddDays(random.Next(year == 2024 ? 270 : 360));
                var item = Published(Title(area, year, random), Body(random), units[random.Next(units.Count)], day.AddDays(-random.Next(0, 30)), day);
                item.CatalogNode = $"seed-{area + 1}";
                item.Channels = random.Next(3) == 0 ? ["website", "newMedia"] : ["website"];
                yield return item;
            }
            for (var i = 0; i < 8; i++)
            {
                var day = new DateOnly(year, 2 + i, 10);
                var doc = Published($"方正县人民政府关于印发{Matters[(i + year) % Matters.Length]}管理办法的通知", Body(random), units[i % 3], day.AddDays(-5), day);
                // A county government and its departments cannot make 规章 (立法法 第九十三条: provinces and cities with districts only).
                doc.Kind = ItemKind.NormativeDocument;
                doc.DocumentNumber = $"方政规〔{year}〕{i + 1}号";
                doc.CatalogNode = "art20-01";
                doc.Channels = ["website", "govAffairsSite"];
                if (year < 2024 && i % 4 == 1)
                {
                    (doc.Validity, doc.RepealedOn) = (Validity.Repealed, new DateOnly(year + 1, 6, 30));
                }
                yield return doc;
            }
            for (var i = 0; i < 6; i++)
            {
                var day = new DateOnly(year, 3, 1 + i * 3);
                var guide = Published($"{Projects[i]}相关事项办事指南（{year}年版）", "<p>办事指南。</p>", units[1 + i], day, day);
                guide.Kind = ItemKind.ServiceGuide;
                guide.CatalogNode = "art20-05";
                guide.Channels = ["serviceHall", "website", "kiosk"];
                (guide.Basis, guide.Procedure, guide.Conditions) = ("《中华人民共和国行政许可法》及相关规定", "申请—受理—审查—决定—送达", "符合法定条件的公民、法人或者其他组织");
                (guide.Materials, guide.FeeBasis, guide.FeeStandard, guide.ComplaintPhone) = ("申请书、身份证明材料复印件", "不收费", "0元", "0451-57710000");
                guide.Timing = TimingKind.Regular;
                guide.PeriodMonths = 12;
                guide.NextDueOn = day.AddMonths(12);
                yield return guide;
            }
        }
    }

    private static async Task AddInterpretationsAndDraftsAsync(AppDbContext db, int county, int civil)
    {
        var policies = await db.Items.AsNoTracking().Where(i => i.Kind == ItemKind.NormativeDocument && i.PublishedAt != null)
            .OrderBy(i => i.Id).Take(4).Select(i => new { i.Id, i.Title, i.FormedOn, i.UnitId, i.PublishedAt }).ToListAsync();
        var numbers = new AllocateIndexNumber(db);
        var batch = new List<Item>();
        foreach (var p in policies)
        {
            var day = DateOnly.FromDateTime(p.PublishedAt!.Value).AddDays(2);
            var item = Published($"《{p.Title.Replace("的通知", "", StringComparison.Ordinal)}》政策解读", "<p>一、出台背景。二、主要内容。三、适用范围。</p>", p.UnitId, day, day);
            (item.Kind, item.PolicyItemId, item.CatalogNode, item.Channels) = (ItemKind.Interpretation, p.Id, "art20-01", ["website"]);
            batch.Add(item);
        }
        await AssignIndexNumbersAsync(numbers, batch);
        string[] leaks =
        [
            "<p>城乡低保新增对象：李建国，身份证号230124198001011234，家庭住址德善村。</p>",
            "<p>如有异议请联系经办人王秀英，手机13904510123。</p>",
            "<p>（机密）关于防汛物资储备情况的内部通报。</p>",
        ];
        for (var i = 0; i < leaks.Length; i++)
        {
            batch.Add(new Item
            {
                Title = $"2024年第四季度民政事项公示（草稿{i + 1}）", Body = leaks[i], UnitId = i == 2 ? county : civil,
                FormedOn = new DateOnly(2024, 10, 8), CatalogNode = "seed-2", Channels = ["website"],
                CreatedAt = new DateTime(2024, 10, 8, 1, 0, 0, DateTimeKind.Utc), UpdatedAt = new DateTime(2024, 10, 8, 1, 0, 0, DateTimeKind.Utc),
            });
        }
        db.Items.AddRange(batch);
        await db.SaveBulkAsync("demoItems", nameof(Item), new { count = batch.Count });
    }

    /// <summary>Reserves each unit-year's numbers in one counter update, then formats them.</summary>
    public static async Task AssignIndexNumbersAsync(AllocateIndexNumber numbers, List<Item> items,
        Dictionary<int, Func<DateOnly, string?, int, string>>? formatters = null)
    {
        formatters ??= [];
        var groups = items.Where(i => i.IndexNumber is null && i.PublishedAt is not null)
            .GroupBy(i => (i.UnitId, Timeliness.ChinaDay(i.PublishedAt!.Value).Year)).ToList();
        foreach (var unitId in groups.Select(g => g.Key.UnitId).Distinct().Where(u => !formatters.ContainsKey(u)))
        {
            formatters[unitId] = await numbers.FormatterAsync(unitId);
        }
        var lasts = await numbers.ReserveManyAsync(groups.Select(g => (g.Key.UnitId, g.Key.Year, g.Count())).ToList());
        foreach (var group in groups)
        {
            var format = formatters[group.Key.UnitId];
            var list = group.OrderBy(i => i.PublishedAt).ToList();
            var seq = lasts[group.Key] - list.Count;
            foreach (var item in list)
            {
                item.AssignIndexNumber(format(Timeliness.ChinaDay(item.PublishedAt!.Value), item.CatalogNode, ++seq));
            }
        }
    }

    private static Item Published(string title, string body, int unit, DateOnly formed, DateOnly published)
    {
        var at = published.ToDateTime(new TimeOnly(1, 30), DateTimeKind.Utc);
        var item = Item.Imported(title, at, null, Timeliness.IsLate(formed, published));
        (item.Body, item.UnitId, item.FormedOn) = (body, unit, formed);
        return item;
    }

    private static string Title(int area, int year, Random r) => area switch
    {
        0 => $"{Pick(Places, r)}{Pick(Projects, r)}项目{Pick(Stages, r)}",
        1 => string.Format(CultureInfo.InvariantCulture, Pick(MatterForms, r), $"{year}年{Pick(Matters, r)}"),
        2 => string.Format(CultureInfo.InvariantCulture, Pick(Activities, r), Pick(Topics, r), Pick(Leaders, r), Pick(Places, r)),
        3 => $"方正县{year}年{Pick(Periods, r)}{Pick(Funds, r)}情况",
        _ => $"关于{Pick(Surnames, r)}{Pick(Given, r)}等同志任免职务的通知",
    };

    private static string Body(Random r) => "<p>" + string.Concat(Enumerable.Range(0, 3).Select(_ => Pick(Sentences, r))) + "</p>";

    private static string Pick(string[] words, Random r) => words[r.Next(words.Length)];
}
