namespace Gongkai.Units;

public enum UnitKind
{
    /// <summary>人民政府</summary>
    Government,
    /// <summary>政府部门</summary>
    Department,
    /// <summary>乡镇、街道</summary>
    Township,
    /// <summary>公共企事业单位</summary>
    Institution,
}

public static class UnitKindNames
{
    public static string Chinese(this UnitKind kind) => kind switch
    {
        UnitKind.Government => "人民政府",
        UnitKind.Department => "政府部门",
        UnitKind.Township => "乡镇（街道）",
        UnitKind.Institution => "公共企事业单位",
    };
}
