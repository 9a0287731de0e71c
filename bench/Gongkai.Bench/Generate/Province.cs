namespace Gongkai.Bench.Generate;

/// <summary>
/// The benchmark's province (deterministic): real district and county names of 哈尔滨市 with their GB/T 2260 codes,
/// each a government, 13 departments and 8 townships coded like the demo county (230124, 230124-001, 230124-101).
/// Units already in the instance are left as they are.
/// </summary>
public static class Province
{
    public sealed record County(string Code, string Name, string Abbr);

    public sealed record BenchUnit(string Code, string Name, Units.UnitKind Kind, string CountyCode, string Prefix);

    public const string RootCode = "230100";
    public const string RootName = "哈尔滨市人民政府";

    public static readonly County[] Counties =
    [
        new("230124", "方正县", "方"), new("230123", "依兰县", "依"), new("230125", "宾县", "宾"), new("230126", "巴彦县", "巴"),
        new("230127", "木兰县", "木"), new("230128", "通河县", "通"), new("230129", "延寿县", "延"), new("230183", "尚志市", "尚"),
        new("230184", "五常市", "五"), new("230111", "呼兰区", "呼"), new("230112", "阿城区", "阿"), new("230113", "双城区", "双"),
        new("230102", "道里区", "里"), new("230103", "南岗区", "南"), new("230104", "道外区", "外"), new("230108", "平房区", "平"),
        new("230109", "松北区", "松"), new("230110", "香坊区", "香"),
    ];

    /// <summary>Department suffix and its 文号 prefix part (方财发, 方教发…).</summary>
    public static readonly (string Name, string Doc)[] Departments =
    [
        ("人民政府办公室", "政办发"), ("发展和改革局", "发改发"), ("财政局", "财发"), ("教育局", "教发"), ("民政局", "民发"),
        ("人力资源和社会保障局", "人社发"), ("自然资源局", "自然资发"), ("住房和城乡建设局", "住建发"), ("交通运输局", "交发"),
        ("农业农村局", "农发"), ("卫生健康局", "卫健发"), ("市场监督管理局", "市监发"), ("应急管理局", "应急发"),
    ];

    public static readonly string[] Towns =
    [
        "新兴镇", "永安镇", "民主乡", "胜利镇", "长安镇", "红星乡", "平安镇", "团结乡", "兴隆镇", "太平镇", "东升乡", "富强镇",
        "五一乡", "前进镇", "和平乡", "建国镇", "丰收乡", "长岭镇", "双河乡", "保安镇",
    ];

    /// <summary>The first <paramref name="counties"/> counties' units, government first.</summary>
    public static List<BenchUnit> Units(int counties)
    {
        var units = new List<BenchUnit>();
        foreach (var (county, c) in Counties.Take(Math.Clamp(counties, 1, Counties.Length)).Select((c, i) => (c, i)))
        {
            units.Add(new(county.Code, $"{county.Name}人民政府", Gongkai.Units.UnitKind.Government, county.Code, $"{county.Abbr}政发"));
            units.AddRange(Departments.Select((d, i) => new BenchUnit($"{county.Code}-{i + 1:D3}", county.Name + d.Name,
                Gongkai.Units.UnitKind.Department, county.Code, county.Abbr + d.Doc)));
            units.AddRange(Enumerable.Range(0, 8).Select(i => Towns[(c * 3 + i) % Towns.Length]).Select((t, i) => new BenchUnit(
                $"{county.Code}-{101 + i}", $"{county.Name}{t}人民政府", Gongkai.Units.UnitKind.Township, county.Code, $"{county.Abbr}{t[..1]}政发")));
        }
        return units;
    }
}
