namespace Gongkai.Units;

/// <summary>An organisation that discloses information (组织机构): the government, a department, a township or a public institution.</summary>
public sealed class Unit
{
    public int Id { get; private set; }
    public required string Code { get; init; }
    public required string Name { get; set; }
    public UnitKind Kind { get; set; }
    public int? ParentId { get; set; }
    public Unit? Parent { get; private set; }
    /// <summary>统一社会信用代码 (GB 32100), validated by <see cref="CreditCode"/>.</summary>
    public string? CreditCode { get; set; }
    public string? Address { get; set; }
    public string? OfficeHours { get; set; }
    public string? Phone { get; set; }
    public string? Fax { get; set; }
    public string? Email { get; set; }
    public string? PostCode { get; set; }
    /// <summary>信息公开工作机构: the office responsible for disclosure, and its contacts.</summary>
    public string? DisclosureOffice { get; set; }
    public string? DisclosureOfficePhone { get; set; }
    public string? DisclosureOfficeAddress { get; set; }
    /// <summary>The unit's own text added to its generated 政府信息公开指南 (sanitised HTML), e.g. a reading room's hours.</summary>
    public string? GuideNote { get; set; }
    public int SortOrder { get; set; }
    public int Version { get; set; }
}
