using System.Text;
using Gongkai.Search;

namespace Gongkai.Tests.Search;

/// <summary>
/// A deterministic corpus of Chinese government documents built from real terms, place names (方正镇, 福山村…)
/// and document numbers. Shared by the recall test and the benchmark (linked into bench/Gongkai.Bench).
/// </summary>
public static class SearchCorpus
{
    public static readonly string[] Places =
    [
        "方正县", "方正镇", "会发镇", "大罗密镇", "天门乡", "松南乡", "宝兴乡", "伊汉通乡", "德善乡", "福山村",
        "新城村", "永丰村", "红旗村", "团结村", "沙河子镇", "哈尔滨市", "黑龙江省", "松花江", "蚂蜒河", "双凤村",
    ];

    public static readonly string[] Units =
    [
        "方正县人民政府", "县发展和改革局", "县财政局", "县教育局", "县民政局", "县卫生健康局", "县自然资源局",
        "县住房和城乡建设局", "县交通运输局", "县农业农村局", "县水务局", "县市场监督管理局", "县医疗保障局",
    ];

    public static readonly string[] Terms =
    [
        "政府信息公开", "预算", "决算", "公开", "财政资金", "专项资金", "城乡居民基本医疗保险", "医保", "最低生活保障",
        "低保", "特困人员", "乡村振兴", "脱贫攻坚", "高标准农田", "秸秆禁烧", "防汛抗旱", "安全生产", "食品安全",
        "行政许可", "行政处罚", "行政强制", "规范性文件", "政策解读", "重大行政决策", "征地补偿", "棚户区改造",
        "义务教育", "学前教育", "公共卫生", "疫情防控", "营商环境", "优化营商环境", "招商引资", "重点项目",
        "环境保护", "河长制", "林长制", "耕地保护", "土地整治", "危房改造", "养老服务", "退役军人", "就业创业",
        "社会保险", "住房公积金", "农村公路", "饮水安全", "人居环境整治", "森林防火", "应急管理", "统计调查",
    ];

    public static readonly string[] Verbs =
    [
        "关于印发", "关于做好", "关于进一步加强", "关于开展", "关于公布", "关于调整", "关于下达", "关于规范",
    ];

    public static readonly string[] Endings = ["的通知", "的实施意见", "工作方案", "管理办法", "的公告", "的批复", "实施细则"];

    public static readonly string[] Connectives =
    [
        "为深入贯彻落实", "根据", "按照", "经研究决定", "现将有关事项通知如下", "各乡镇人民政府", "县直各有关单位",
        "要切实加强组织领导", "确保各项工作落到实处", "请认真贯彻执行", "特此通知", "联系电话", "附件", "自发布之日起施行",
    ];

    public static readonly string[] Prefixes = ["方政发", "方政办发", "方财发", "方教发", "方民发", "方卫健发", "方农发"];

    public static List<SearchDocument> Generate(int count, int seed = 20141231)
    {
        var random = new Random(seed);
        var documents = new List<SearchDocument>(count);
        for (var i = 1; i <= count; i++)
        {
            var year = 2014 + random.Next(12);
            var number = $"{Pick(random, Prefixes)}〔{year}〕{random.Next(1, 120)}号";
            var place = Pick(random, Places);
            var term = Pick(random, Terms);
            var unit = random.Next(Units.Length);
            var title = $"{Pick(random, Verbs)}{place}{term}{(random.Next(3) == 0 ? Pick(random, Terms) : "")}{Pick(random, Endings)}";
            documents.Add(new SearchDocument
            {
                Id = i,
                Title = title,
                Body = Sentences(random, 6 + random.Next(10), number),
                AttachmentText = random.Next(4) == 0 ? Sentences(random, 3, number) : "",
                Keywords = $"{term} {place}",
                DocumentNumber = number,
                IndexNumber = $"11230124{unit:D3}/{year}-{i:D5}",
                UnitCode = unit == 0 ? "230124" : $"230124-{unit:D3}",
                UnitName = Units[unit],
                CatalogNode = $"0{1 + random.Next(6)}",
                Topic = Pick(random, ["财政", "教育", "民政", "卫生", "农业", "城建"]),
                Kind = Pick(random, ["general", "normativeDocument", "regulation", "interpretation"]),
                Validity = random.Next(5) == 0 ? "repealed" : "valid",
                PublishedAt = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(random.Next(365 * 24 * 60)),
            });
        }
        return documents;
    }

    /// <summary>Queries of 2 to 6 characters: substrings of the documents' text, and some that occur nowhere.</summary>
    public static List<string> Queries(IReadOnlyList<SearchDocument> documents, int count, int seed = 7)
    {
        var random = new Random(seed);
        var queries = new List<string>(count);
        while (queries.Count < count)
        {
            if (random.Next(10) == 0)
            {
                queries.Add(Pick(random, Places)[..2] + Pick(random, Terms)[..1]);
                continue;
            }
            var d = documents[random.Next(documents.Count)];
            var text = random.Next(3) switch { 0 => d.Title, 1 => d.Body, _ => d.AttachmentText.Length > 0 ? d.AttachmentText : d.Body };
            var length = 2 + random.Next(5);
            var start = random.Next(Math.Max(1, text.Length - length));
            var query = text.Substring(start, Math.Min(length, text.Length - start));
            if (query.Length >= 2 && !query.Any(char.IsWhiteSpace))
            {
                queries.Add(query);
            }
        }
        return queries;
    }

    private static string Sentences(Random random, int count, string number)
    {
        var text = new StringBuilder();
        for (var s = 0; s < count; s++)
        {
            text.Append(Pick(random, Connectives)).Append(Pick(random, Places)).Append(Pick(random, Terms));
            text.Append(random.Next(6) == 0 ? $"（{number}）" : "").Append(Pick(random, Terms)).Append(random.Next(4) == 0 ? "。\n" : "，");
        }
        return text.ToString();
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
