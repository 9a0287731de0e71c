using Gongkai.Data;
using Gongkai.Units;

namespace Gongkai.Demo;

/// <summary>
/// 方正县 (Fangzheng County, Harbin), the county of the seed report, with its government, departments,
/// towns and townships. The place names are real; the credit codes, addresses and phone numbers are
/// invented demo data (示例数据).
/// </summary>
internal static class DemoCounty
{
    public const string CountyCode = "230124";
    public const string Region = "230124";

    private static readonly (string Code, string Name, UnitKind Kind)[] Children =
    [
        ("230124-001", "方正县人民政府办公室", UnitKind.Department),
        ("230124-002", "方正县发展和改革局", UnitKind.Department),
        ("230124-003", "方正县财政局", UnitKind.Department),
        ("230124-004", "方正县教育局", UnitKind.Department),
        ("230124-005", "方正县民政局", UnitKind.Department),
        ("230124-006", "方正县人力资源和社会保障局", UnitKind.Department),
        ("230124-007", "方正县自然资源局", UnitKind.Department),
        ("230124-008", "方正县住房和城乡建设局", UnitKind.Department),
        ("230124-009", "方正县交通运输局", UnitKind.Department),
        ("230124-010", "方正县农业农村局", UnitKind.Department),
        ("230124-011", "方正县卫生健康局", UnitKind.Department),
        ("230124-012", "方正县市场监督管理局", UnitKind.Department),
        ("230124-013", "方正县应急管理局", UnitKind.Department),
        ("230124-101", "方正镇人民政府", UnitKind.Township),
        ("230124-102", "会发镇人民政府", UnitKind.Township),
        ("230124-103", "大罗密镇人民政府", UnitKind.Township),
        ("230124-104", "得莫利镇人民政府", UnitKind.Township),
        ("230124-105", "天门乡人民政府", UnitKind.Township),
        ("230124-106", "松南乡人民政府", UnitKind.Township),
        ("230124-107", "宝兴乡人民政府", UnitKind.Township),
        ("230124-108", "伊汉通乡人民政府", UnitKind.Township),
        ("230124-201", "方正县政务服务中心", UnitKind.Institution),
        ("230124-202", "方正县供水公司", UnitKind.Institution),
    ];

    public static async Task SeedAsync(AppDbContext db)
    {
        var county = Create(CountyCode, "方正县人民政府", UnitKind.Government, null, 0);
        county.DisclosureOffice = "方正县人民政府办公室政务公开科";
        db.Units.Add(county);
        await db.SaveChangesAsync();
        var order = 1;
        foreach (var (code, name, kind) in Children)
        {
            db.Units.Add(Create(code, name, kind, county.Id, order++));
        }
        await db.SaveChangesAsync();
    }

    private static Unit Create(string code, string name, UnitKind kind, int? parentId, int order)
    {
        var body = (kind == UnitKind.Institution ? "M" : "0") + (1000000 + order * 7919).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Unit
        {
            Code = code,
            Name = name,
            Kind = kind,
            ParentId = parentId,
            SortOrder = order,
            CreditCode = CreditCode.ForOrgan(Region, body[..8]),
            Address = $"黑龙江省哈尔滨市方正县方正镇示例路{order + 1}号（示例数据）",
            OfficeHours = "周一至周五 8:30-11:30，13:30-17:00（法定节假日除外）",
            Phone = $"0451-5771{order:D4}",
            PostCode = "150800",
            DisclosureOffice = $"{name}办公室",
            DisclosureOfficePhone = $"0451-5772{order:D4}",
            DisclosureOfficeAddress = $"方正县方正镇示例路{order + 1}号一楼（示例数据）",
        };
    }
}
