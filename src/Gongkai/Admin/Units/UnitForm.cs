using Gongkai.Units;

namespace Gongkai.Admin.Units;

/// <summary>The unit form's fields; nullable so that empty fields reach <see cref="SaveUnit"/>, which owns validation.</summary>
public sealed class UnitForm
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? ParentCode { get; set; }
    public string? CreditCode { get; set; }
    public string? Address { get; set; }
    public string? OfficeHours { get; set; }
    public string? Phone { get; set; }
    public string? Fax { get; set; }
    public string? Email { get; set; }
    public string? PostCode { get; set; }
    public string? DisclosureOffice { get; set; }
    public string? DisclosureOfficePhone { get; set; }
    public string? DisclosureOfficeAddress { get; set; }
    public int? SortOrder { get; set; }

    public UnitInput ToInput() => new(Code, Name, Kind, ParentCode, CreditCode, Address, OfficeHours, Phone, Fax, Email,
        PostCode, DisclosureOffice, DisclosureOfficePhone, DisclosureOfficeAddress, SortOrder ?? 0);

    public static UnitForm Of(Unit u, string? parentCode) => new()
    {
        Code = u.Code, Name = u.Name, Kind = u.Kind.ToString().ToLowerInvariant(), ParentCode = parentCode, CreditCode = u.CreditCode,
        Address = u.Address, OfficeHours = u.OfficeHours, Phone = u.Phone, Fax = u.Fax, Email = u.Email, PostCode = u.PostCode,
        DisclosureOffice = u.DisclosureOffice, DisclosureOfficePhone = u.DisclosureOfficePhone,
        DisclosureOfficeAddress = u.DisclosureOfficeAddress, SortOrder = u.SortOrder,
    };
}
