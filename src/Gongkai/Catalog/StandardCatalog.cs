using System.Globalization;

namespace Gongkai.Catalog;

public sealed record CatalogTemplateNode(string Code, string? ParentCode, string Name, string? Frequency);

/// <summary>
/// The 公开目录 every unit starts with (pure): 条例 第二十条 (一)–(十五), 第二十一条 (county and township items),
/// the 26 基层政务公开 standard areas (DOMAIN.md §4.2, reconstructed list) and the seed's five content areas.
/// </summary>
public static class StandardCatalog
{
    public const string Timely = "信息形成或者变更之日起20个工作日内";

    private static readonly string[] Article20 =
    [
        "行政法规、规章和规范性文件", "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名",
        "国民经济和社会发展规划、专项规划、区域规划及相关政策", "国民经济和社会发展统计信息",
        "办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果",
        "实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定",
        "财政预算、决算信息", "行政事业性收费项目及其依据、标准", "政府集中采购项目的目录、标准及实施情况",
        "重大建设项目的批准和实施情况", "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况",
        "突发公共事件的应急预案、预警信息及应对情况", "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况",
        "公务员招考的职位、名额、报考条件等事项以及录用结果", "法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息",
    ];

    private static readonly string[] Article21County = ["市政建设", "公共服务", "公益事业", "土地征收", "房屋征收", "治安管理", "社会救助"];

    private static readonly string[] Article21Township =
        ["贯彻落实农业农村政策", "农田水利工程建设运营", "农村土地承包经营权流转", "宅基地使用情况审核", "土地征收", "房屋征收", "筹资筹劳", "社会救助"];

    public static readonly IReadOnlyList<string> Areas26 =
    [
        "重大建设项目", "公共资源交易", "财政预决算", "安全生产", "税收管理", "征地补偿", "国有土地上房屋征收与补偿", "农村危房改造",
        "扶贫", "救灾", "社会救助", "养老服务", "户籍管理", "涉农补贴", "就业", "社会保险", "城乡规划", "环境保护",
        "公共文化服务", "公共法律服务", "义务教育", "医疗卫生", "市场监管", "食品药品监管", "城市综合执法", "保障性住房",
    ];

    /// <summary>The seed's five content areas (2014 report), codes seed-1 … seed-5.</summary>
    public static readonly IReadOnlyList<string> SeedAreas =
        ["重大工程项目建设信息", "与公众密切相关的重大事项", "政务活动情况", "公共资金使用和监督情况", "干部人事任免"];

    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"];

    public static IReadOnlyList<CatalogTemplateNode> Nodes { get; } = Build();

    private static List<CatalogTemplateNode> Build()
    {
        var nodes = new List<CatalogTemplateNode>
        {
            new("art20", null, "法定主动公开内容（条例第二十条）", null),
        };
        nodes.AddRange(Article20.Select((name, i) => new CatalogTemplateNode(Code("art20", i), "art20", $"（{Numerals[i]}）{name}",
            i == 6 ? "每年（预算批准后20日内、决算批准后20日内）" : Timely)));
        nodes.Add(new("art21", null, "本地方应当主动公开的信息（条例第二十一条）", null));
        nodes.AddRange(Article21County.Select((name, i) => new CatalogTemplateNode(Code("art21c", i), "art21", $"县级：{name}", Timely)));
        nodes.AddRange(Article21Township.Select((name, i) => new CatalogTemplateNode(Code("art21t", i), "art21", $"乡镇：{name}", Timely)));
        nodes.Add(new("areas", null, "基层政务公开标准目录（26个领域）", null));
        nodes.AddRange(Areas26.Select((name, i) => new CatalogTemplateNode(Code("area", i), "areas", name, Timely)));
        nodes.Add(new("seed", null, "重点公开领域", null));
        nodes.AddRange(SeedAreas.Select((name, i) => new CatalogTemplateNode($"seed-{i + 1}", "seed", name, i == 3 ? "每季度" : Timely)));
        return nodes;
    }

    private static string Code(string prefix, int index) => $"{prefix}-{(index + 1).ToString("D2", CultureInfo.InvariantCulture)}";
}
