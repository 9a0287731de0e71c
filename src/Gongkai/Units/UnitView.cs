namespace Gongkai.Units;

/// <summary>A unit as the public API shows it.</summary>
public sealed record UnitView(string Code, string Name, UnitKind Kind, string? ParentCode, string? CreditCode,
    string? Address, string? OfficeHours, string? Phone, string? DisclosureOffice, string? DisclosureOfficePhone)
{
    public static UnitView Of(Unit u, string? parentCode) =>
        new(u.Code, u.Name, u.Kind, parentCode, u.CreditCode, u.Address, u.OfficeHours, u.Phone, u.DisclosureOffice, u.DisclosureOfficePhone);
}
