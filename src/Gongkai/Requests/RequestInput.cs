using System.Text.Json;
using Gongkai.Infrastructure;
using Gongkai.Units;

namespace Gongkai.Requests;

public sealed record ApplicantInput(
    string? Type, string? Name, string? IdType, string? IdNumber, string? Organization, string? CreditCode,
    string? Phone, string? Email, string? Address);

/// <summary>A request as filed on the portal or entered by staff; enums arrive as strings so that a bad value names its field.</summary>
public sealed record RequestInput(
    string? Unit, string? Channel, string? ReceivedAt, ApplicantInput? Applicant, string? Subject, string? Description, string? Delivery)
{
    public ApplicantType ValidateApplicant(ValidationErrors errors)
    {
        var a = Applicant ?? new ApplicantInput(null, null, null, null, null, null, null, null, null);
        var type = ParseEnum<ApplicantType>(a.Type, "applicant.type", "申请人类型", errors);
        errors.Require("applicant.name", a.Name, type is ApplicantType.Natural or null ? "申请人姓名" : "联系人姓名")
            .MaxLength("applicant.name", a.Name, 200, "申请人姓名");
        if (type is ApplicantType.Natural)
        {
            var idType = ParseEnum<IdType>(a.IdType, "applicant.idType", "证件类型", errors);
            errors.Require("applicant.idNumber", a.IdNumber, "证件号码").MaxLength("applicant.idNumber", a.IdNumber, 64, "证件号码");
            if (idType is Requests.IdType.ResidentId && !string.IsNullOrWhiteSpace(a.IdNumber) && !IdNumber.IsValidResidentId(a.IdNumber.Trim()))
            {
                errors.Add("applicant.idNumber", "居民身份证号码不正确（应为18位，且校验码符合GB 11643）");
            }
        }
        else if (type is not null)
        {
            errors.Require("applicant.organization", a.Organization, "单位名称").MaxLength("applicant.organization", a.Organization, 200, "单位名称");
            if (!string.IsNullOrWhiteSpace(a.CreditCode) && !CreditCode.IsValid(a.CreditCode.Trim()))
            {
                errors.Add("applicant.creditCode", "统一社会信用代码不正确（应为18位，且校验码符合GB 32100）");
            }
        }
        if (string.IsNullOrWhiteSpace(a.Phone) && string.IsNullOrWhiteSpace(a.Email) && string.IsNullOrWhiteSpace(a.Address))
        {
            errors.Add("applicant.phone", "请至少填写一种联系方式（电话、电子邮箱或通信地址）");
        }
        if (!string.IsNullOrWhiteSpace(a.Email) && !a.Email.Contains('@'))
        {
            errors.Add("applicant.email", "电子邮箱格式不正确");
        }
        errors.MaxLength("applicant.phone", a.Phone, 64, "联系电话").MaxLength("applicant.email", a.Email, 200, "电子邮箱")
            .MaxLength("applicant.address", a.Address, 500, "通信地址");
        errors.Require("subject", Subject, "所需信息的名称或文号").MaxLength("subject", Subject, 500, "所需信息的名称")
            .MaxLength("description", Description, 4000, "所需信息的描述");
        return type ?? ApplicantType.Natural;
    }

    /// <summary>
    /// The way the applicant asked to receive the information; a letter that does not say is still recorded, with the
    /// way its contact details allow (email, else post, else pickup at the office) — the clerk can correct it.
    /// </summary>
    public DeliveryMethod ValidateDelivery(ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(Delivery))
        {
            return !string.IsNullOrWhiteSpace(Applicant?.Email) ? DeliveryMethod.Email
                : !string.IsNullOrWhiteSpace(Applicant?.Address) ? DeliveryMethod.Post
                : DeliveryMethod.Pickup;
        }
        return ParseEnum<DeliveryMethod>(Delivery, "delivery", "获取信息的方式", errors) ?? DeliveryMethod.Email;
    }

    public static T? ParseEnum<T>(string? value, string field, string label, ValidationErrors errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, $"{label}不能为空");
            return null;
        }
        var match = Enum.GetValues<T>().Where(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()) == value.Trim()).ToList();
        if (match.Count == 0)
        {
            var allowed = string.Join("、", Enum.GetValues<T>().Select(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString())));
            errors.Add(field, $"{label}“{value}”无效，应为：{allowed}");
            return null;
        }
        return match[0];
    }
}
