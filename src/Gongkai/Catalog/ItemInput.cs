using Gongkai.Infrastructure;

namespace Gongkai.Catalog;

/// <summary>The editable fields of an item, as the API and the edit form send them.</summary>
public sealed record ItemInput
{
    public string? Unit { get; init; }
    public List<string>? CoIssuers { get; init; }
    public string? Title { get; init; }
    public string? Body { get; init; }
    public string? DocumentNumber { get; init; }
    public string? Topic { get; init; }
    public string? Genre { get; init; }
    public string? CatalogNode { get; init; }
    public string? Keywords { get; init; }
    public string? Summary { get; init; }
    public DateOnly? FormedOn { get; init; }
    public string? Kind { get; init; }
    public string? Validity { get; init; }
    public DateOnly? RepealedOn { get; init; }
    public string? DisclosureMode { get; init; }
    public string? DisclosureGround { get; init; }
    public string? Timing { get; init; }
    public int? PeriodMonths { get; init; }
    public DateOnly? NextDueOn { get; init; }
    public long? PolicyItemId { get; init; }
    public string? Basis { get; init; }
    public string? Procedure { get; init; }
    public string? Conditions { get; init; }
    public string? Materials { get; init; }
    public string? FeeBasis { get; init; }
    public string? FeeStandard { get; init; }
    public string? ComplaintPhone { get; init; }
    public List<string>? Channels { get; init; }

    /// <summary>Checks everything that needs no database; the parsed enums come back for <see cref="ApplyTo"/>.</summary>
    public ParsedEnums Validate(ValidationErrors errors)
    {
        errors.Require("unit", Unit, "发布机构").Require("title", Title, "标题").MaxLength("title", Title, 300, "标题")
            .MaxLength("documentNumber", DocumentNumber, 100, "文号").MaxLength("catalogNode", CatalogNode, 100, "公开目录");
        if (FormedOn is null)
        {
            errors.Add("formedOn", "成文日期不能为空");
        }
        var kind = Parse(Kind, ItemKind.General, "kind", "信息类别", errors);
        var validity = Parse(Validity, RepealedOn is null ? Catalog.Validity.Valid : Catalog.Validity.Repealed, "validity", "有效性", errors);
        var mode = Parse(DisclosureMode, Catalog.DisclosureMode.Proactive, "disclosureMode", "公开方式", errors);
        var timing = Parse(Timing, TimingKind.AdHoc, "timing", "公开时限类型", errors);
        if (mode != Catalog.DisclosureMode.Proactive && string.IsNullOrWhiteSpace(DisclosureGround))
        {
            errors.Add("disclosureGround", "依申请公开或不予公开须写明法律依据");
        }
        if (timing == TimingKind.Regular && PeriodMonths is not (> 0 and <= 60))
        {
            errors.Add("periodMonths", "定期公开须填写更新周期（1至60个月）");
        }
        if (RepealedOn is { } r && FormedOn is { } f && r < f)
        {
            errors.Add("repealedOn", "废止日期不能早于成文日期");
        }
        if (kind == ItemKind.Interpretation && PolicyItemId is null)
        {
            errors.Add("policyItemId", "政策解读须关联所解读的政策文件");
        }
        foreach (var channel in Channels ?? [])
        {
            if (!ItemChannels.All.Contains(channel))
            {
                errors.Add("channels", $"未知的公开渠道“{channel}”，可选：{string.Join("、", ItemChannels.All)}");
            }
        }
        return new ParsedEnums(kind, validity, mode, timing);
    }

    public void ApplyTo(Item item, int unitId, ParsedEnums parsed)
    {
        item.UnitId = unitId;
        item.CoIssuers = CoIssuers ?? [];
        item.Title = Title!.Trim();
        item.Body = BodySanitizer.Clean(Body);
        item.DocumentNumber = DocumentNumber?.Trim();
        (item.Topic, item.Genre, item.CatalogNode, item.Keywords, item.Summary) = (Topic, Genre, CatalogNode, Keywords, Summary);
        item.FormedOn = FormedOn!.Value;
        (item.Kind, item.Validity, item.DisclosureMode, item.Timing) = (parsed.Kind, parsed.Validity, parsed.Mode, parsed.Timing);
        (item.RepealedOn, item.DisclosureGround, item.PeriodMonths, item.PolicyItemId) = (RepealedOn, DisclosureGround, PeriodMonths, PolicyItemId);
        item.NextDueOn = NextDueOn ?? (parsed.Timing == TimingKind.Regular ? FormedOn!.Value.AddMonths(PeriodMonths!.Value) : null);
        (item.Basis, item.Procedure, item.Conditions, item.Materials) = (Basis, Procedure, Conditions, Materials);
        (item.FeeBasis, item.FeeStandard, item.ComplaintPhone) = (FeeBasis, FeeStandard, ComplaintPhone);
        item.Channels = Channels is { Count: > 0 } c ? c.Distinct().ToList() : Gongkai.Channels.ChannelDefaults.For(parsed.Kind, CatalogNode);
    }

    private static T Parse<T>(string? text, T fallback, string field, string label, ValidationErrors errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsAsciiDigit(text[0]))
        {
            return value;
        }
        var options = string.Join("、", Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));
        errors.Add(field, $"{label}“{text}”无效，可选：{options}");
        return fallback;
    }
}

public sealed record ParsedEnums(ItemKind Kind, Validity Validity, DisclosureMode Mode, TimingKind Timing);

/// <summary>Rich text from editors and imports: only safe HTML survives (HtmlSanitizer).</summary>
public static partial class BodySanitizer
{
    private static readonly Ganss.Xss.HtmlSanitizer Sanitizer = new();

    /// <summary>Plain text and attribute-free basic tags are safe as they are (the fast path of bulk imports).</summary>
    public static string Clean(string? html) =>
        string.IsNullOrEmpty(html) ? "" : PlainMarkup().IsMatch(html) ? html : Sanitizer.Sanitize(html);

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[^<&]|</?(?:p|br|strong|em|b|i|u|ul|ol|li|h[1-6]|table|thead|tbody|tr|td|th|blockquote)\s*/?>|&(?:amp|lt|gt|quot|nbsp|#\d{1,6});)*$")]
    private static partial System.Text.RegularExpressions.Regex PlainMarkup();
}
