using Gongkai.Infrastructure;

namespace Gongkai.Units;

/// <summary>The fields of a unit as staff send them (POST and PUT).</summary>
public sealed record UnitInput(
    string? Code, string? Name, string? Kind, string? ParentCode, string? CreditCode,
    string? Address = null, string? OfficeHours = null, string? Phone = null, string? Fax = null, string? Email = null,
    string? PostCode = null, string? DisclosureOffice = null, string? DisclosureOfficePhone = null,
    string? DisclosureOfficeAddress = null, int SortOrder = 0)
{
    public UnitKind ValidatedKind(ValidationErrors errors)
    {
        if (Enum.TryParse<UnitKind>(Kind, ignoreCase: true, out var kind) && !int.TryParse(Kind, out _))
        {
            return kind;
        }
        errors.Add("kind", "单位类型必须是 government、department、township 或 institution 之一");
        return default;
    }

    public void Validate(ValidationErrors errors)
    {
        errors.Require("name", Name, "单位名称").MaxLength("name", Name, 100, "单位名称");
        if (!string.IsNullOrWhiteSpace(CreditCode) && !Units.CreditCode.IsValid(CreditCode))
        {
            errors.Add("creditCode", "统一社会信用代码无效（长度须为18位且校验位正确）");
        }
    }

    public void ApplyTo(Unit unit, UnitKind kind, int? parentId)
    {
        unit.Name = Name!.Trim();
        unit.Kind = kind;
        unit.ParentId = parentId;
        unit.CreditCode = string.IsNullOrWhiteSpace(CreditCode) ? null : CreditCode.Trim().ToUpperInvariant();
        unit.Address = Address;
        unit.OfficeHours = OfficeHours;
        unit.Phone = Phone;
        unit.Fax = Fax;
        unit.Email = Email;
        unit.PostCode = PostCode;
        unit.DisclosureOffice = DisclosureOffice;
        unit.DisclosureOfficePhone = DisclosureOfficePhone;
        unit.DisclosureOfficeAddress = DisclosureOfficeAddress;
        unit.SortOrder = SortOrder;
    }
}
