namespace Gongkai.Catalog;

/// <summary>The kinds of government information that carry their own structure.</summary>
public enum ItemKind
{
    General,
    /// <summary>规章</summary>
    Regulation,
    /// <summary>行政规范性文件</summary>
    NormativeDocument,
    /// <summary>政策解读, linked to its policy item</summary>
    Interpretation,
    /// <summary>办事指南</summary>
    ServiceGuide,
    /// <summary>预决算</summary>
    Budget,
    /// <summary>人事任免</summary>
    Personnel,
    /// <summary>重大建设项目</summary>
    MajorProject,
    /// <summary>行政许可决定 (条例 第二十条(五)); counted in the annual report's table 二 where the unit publishes them</summary>
    LicensingDecision,
    /// <summary>行政处罚决定 (条例 第二十条(六))</summary>
    PunishmentDecision,
    /// <summary>行政强制决定 (条例 第二十条(六))</summary>
    EnforcementDecision,
}

public enum ItemStatus
{
    Draft,
    Submitted,
    /// <summary>保密审查 passed</summary>
    Reviewed,
    /// <summary>签发</summary>
    Approved,
    Scheduled,
    Published,
    Withdrawn,
    Expired,
}

/// <summary>有效性</summary>
public enum Validity
{
    Valid,
    /// <summary>失效</summary>
    Lapsed,
    /// <summary>废止</summary>
    Repealed,
}

/// <summary>公开方式</summary>
public enum DisclosureMode
{
    Proactive,
    OnRequest,
    Withheld,
}

/// <summary>The seed's timing kinds: 定期 (with a period), 随时, 长期.</summary>
public enum TimingKind
{
    AdHoc,
    Regular,
    Standing,
}

public static class ItemChannels
{
    public const string Website = "website";
    public const string GovAffairsSite = "govAffairsSite";
    public const string ServiceHall = "serviceHall";
    public const string Led = "led";
    public const string Kiosk = "kiosk";
    public const string NewMedia = "newMedia";
    public const string Offline = "offline";

    public static readonly IReadOnlyList<string> All = [Website, GovAffairsSite, ServiceHall, Led, Kiosk, NewMedia, Offline];
}

public static class ItemNames
{
    public static string Chinese(this ItemStatus status) => status switch
    {
        ItemStatus.Draft => "草稿",
        ItemStatus.Submitted => "待保密审查",
        ItemStatus.Reviewed => "待签发",
        ItemStatus.Approved => "已签发待发布",
        ItemStatus.Scheduled => "定时发布",
        ItemStatus.Published => "已发布",
        ItemStatus.Withdrawn => "已撤回",
        ItemStatus.Expired => "已失效",
    };

    public static string Chinese(this ItemKind kind) => kind switch
    {
        ItemKind.General => "一般信息",
        ItemKind.Regulation => "规章",
        ItemKind.NormativeDocument => "行政规范性文件",
        ItemKind.Interpretation => "政策解读",
        ItemKind.ServiceGuide => "办事指南",
        ItemKind.Budget => "预决算",
        ItemKind.Personnel => "人事任免",
        ItemKind.MajorProject => "重大建设项目",
        ItemKind.LicensingDecision => "行政许可决定",
        ItemKind.PunishmentDecision => "行政处罚决定",
        ItemKind.EnforcementDecision => "行政强制决定",
    };
}
