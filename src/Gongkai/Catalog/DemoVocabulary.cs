namespace Gongkai.Catalog;

/// <summary>Words the demo items are generated from (示例数据): plausible, invented, deterministic.</summary>
internal static class DemoVocabulary
{
    public static readonly string[] Places = ["方正镇", "会发镇", "大罗密镇", "得莫利镇", "天门乡", "松南乡", "宝兴乡", "伊汉通乡", "县城区", "德善村", "永建村", "新城社区"];
    public static readonly string[] Projects = ["主干道改造", "污水处理厂扩建", "棚户区改造", "农田水利灌溉", "第二小学教学楼新建", "供热管网改造", "乡村公路硬化", "集中供水", "垃圾中转站", "蔬菜产业园"];
    public static readonly string[] Stages = ["招标公告", "中标候选人公示", "中标结果公告", "施工进度情况", "竣工验收公示", "项目批准信息"];
    public static readonly string[] Matters = ["城乡居民医疗保险缴费", "冬季供暖", "义务教育阶段招生", "城乡最低生活保障标准调整", "防汛抗旱工作", "森林防火期管理", "农村土地承包经营权确权登记", "春耕生产物资供应", "食品安全专项整治", "道路交通安全整治"];
    public static readonly string[] MatterForms = ["关于{0}的通知", "关于做好{0}有关工作的公告", "{0}工作安排", "关于{0}的温馨提示"];
    public static readonly string[] Activities = ["召开全县{0}工作会议", "{1}深入{2}调研{0}工作", "县政府常务会议研究{0}工作", "{1}督查{2}{0}工作"];
    public static readonly string[] Topics = ["安全生产", "农业生产", "招商引资", "脱贫攻坚", "城乡建设", "环境保护", "民生保障", "森林防火"];
    public static readonly string[] Leaders = ["县长", "常务副县长", "副县长", "县政府党组成员"];
    public static readonly string[] Funds = ["财政预算执行", "惠农补贴资金发放", "“三公”经费支出", "农村危房改造补助资金", "城乡低保资金发放", "专项扶贫资金使用"];
    public static readonly string[] Periods = ["第一季度", "第二季度", "第三季度", "第四季度", "上半年", "全年"];
    public static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "马"];
    public static readonly string[] Given = ["建国", "志强", "丽华", "海军", "秀英", "立新", "明", "伟", "红梅", "德胜", "玉兰", "春生"];
    public static readonly string[] Sentences =
    [
        "为进一步做好相关工作，切实保障人民群众合法权益，现将有关事项公告如下。",
        "各乡镇人民政府、县政府各有关部门要高度重视，认真组织实施。",
        "如有疑问，请在工作时间到相关部门咨询。",
        "本信息自发布之日起施行。",
        "请社会各界予以监督。",
        "相关工作严格按照有关法律法规和政策规定执行。",
    ];
}
