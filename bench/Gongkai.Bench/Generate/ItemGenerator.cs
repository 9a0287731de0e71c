using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Tests.Search;

namespace Gongkai.Bench.Generate;

/// <summary>
/// Writes N items as JSON Lines in the format of <c>gongkai import items</c> (pure and deterministic for a seed):
/// titles like 宾县财政局关于印发《宾县2019年专项资金管理办法》的通知, 文号 like 宾财发〔2019〕12号, bodies of a few
/// paragraphs from real government phrasing, spread over the ten years 2015–2024 and every unit of the province.
/// </summary>
public static class ItemGenerator
{
    public const int FirstYear = 2015;
    public const int Years = 10;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] Topics = ["财政", "教育", "民政", "卫生健康", "农业农村", "城乡建设", "交通运输", "自然资源", "市场监管", "应急管理"];
    private static readonly string[] Kinds = ["general", "general", "general", "general", "general", "general", "normativeDocument", "normativeDocument", "budget", "majorProject", "personnel"];
    private static readonly string[] Amounts = ["万元", "亩", "户", "人次", "公里", "个"];

    public static void Write(TextWriter output, IReadOnlyList<Province.BenchUnit> units, int count, int seed, Action<int>? progress = null)
    {
        var random = new Random(seed);
        var buffer = new MemoryStream();
        for (var i = 1; i <= count; i++)
        {
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                WriteOne(json, random, units[random.Next(units.Count)], i);
            }
            output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            if (i % 1000 == 0)
            {
                progress?.Invoke(1000);
            }
        }
        progress?.Invoke(count % 1000);
    }

    private static void WriteOne(Utf8JsonWriter json, Random random, Province.BenchUnit unit, int n)
    {
        var year = FirstYear + random.Next(Years);
        var published = new DateTime(year, 1, 2, 1, 0, 0, DateTimeKind.Utc).AddMinutes(random.Next(360 * 24 * 60));
        var formed = DateOnly.FromDateTime(published).AddDays(-random.Next(0, 40));
        var kind = Pick(random, Kinds);
        var place = unit.CountyCode == "230124" ? Pick(random, SearchCorpus.Places) : Pick(random, Province.Towns);
        var term = Pick(random, SearchCorpus.Terms);
        var county = Province.Counties.First(c => c.Code == unit.CountyCode).Name;
        var number = $"{unit.Prefix}〔{year}〕{random.Next(1, 160)}号";
        var subject = $"{county}{(random.Next(3) == 0 ? place : "")}{year}年{term}{(random.Next(3) == 0 ? Pick(random, SearchCorpus.Terms) : "")}";
        var title = kind switch
        {
            "budget" => $"{unit.Name}{year}年部门{(random.Next(2) == 0 ? "预算" : "决算")}公开",
            "personnel" => $"{unit.Name}关于{Pick(random, Surnames)}某某等同志职务任免的通知",
            "majorProject" => $"{subject}重点项目批准和实施情况",
            _ => $"{unit.Name}{Pick(random, SearchCorpus.Verbs)}{subject}{Pick(random, SearchCorpus.Endings)}",
        };
        json.WriteStartObject();
        json.WriteString("sourceId", $"bench-{n:D7}");
        json.WriteString("unit", unit.Code);
        json.WriteString("title", title.Length > 300 ? title[..300] : title);
        json.WriteString("documentNumber", kind == "budget" ? null : number);
        json.WriteString("kind", kind);
        json.WriteString("topic", Pick(random, Topics));
        json.WriteString("catalogNode", Node(random, unit, kind));
        json.WriteString("keywords", $"{term} {place}");
        json.WriteString("formedOn", formed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("publishedAt", published.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        if (random.Next(20) == 0)
        {
            json.WriteString("validity", "repealed");
            json.WriteString("repealedOn", formed.AddDays(200 + random.Next(900)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        json.WriteString("body", Body(random, unit, county, place, term, number, year));
        json.WriteEndObject();
    }

    private static readonly string[] Openings = ["为深入贯彻落实", "根据", "按照", "经研究决定，推进", "为进一步做好", "围绕"];
    private static readonly string[] Closings =
        ["要切实加强组织领导", "确保各项工作落到实处", "请认真贯彻执行", "各有关单位要密切配合", "及时向社会公开进展情况", "接受群众监督"];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡"];

    private static string Node(Random random, Province.BenchUnit unit, string kind) => kind switch
    {
        "budget" => "art20-07",
        "normativeDocument" => "art20-01",
        "majorProject" => "art20-10",
        "personnel" => "art20-02",
        _ when unit.Kind == Gongkai.Units.UnitKind.Township => $"art21t-{1 + random.Next(8):D2}",
        _ => random.Next(2) == 0 ? $"area-{1 + random.Next(26):D2}" : $"art20-{1 + random.Next(15):D2}",
    };

    private static string Body(Random random, Province.BenchUnit unit, string county, string place, string term, string number, int year)
    {
        var text = new StringBuilder();
        text.Append("<p>").Append(county).Append("各乡镇人民政府，县直各有关单位：</p>");
        for (var p = 0; p < 3 + random.Next(6); p++)
        {
            text.Append("<p>");
            for (var s = 0; s < 2 + random.Next(4); s++)
            {
                text.Append(Pick(random, Openings)).Append(random.Next(2) == 0 ? place : county).Append(Pick(random, SearchCorpus.Terms))
                    .Append(random.Next(3) == 0 ? $"工作，共涉及{random.Next(3, 5000)}{Pick(random, Amounts)}" : "工作稳步推进")
                    .Append('，').Append(Pick(random, Closings)).Append('。');
            }
            text.Append("</p>");
        }
        text.Append("<p>本文件自").Append(year).Append('年').Append(1 + random.Next(12)).Append("月起施行，原有规定与本文件不一致的，以本文件为准。（")
            .Append(number).Append("）</p><p>").Append(unit.Name).Append("</p>");
        return text.ToString();
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> options) => options[random.Next(options.Count)];
}
