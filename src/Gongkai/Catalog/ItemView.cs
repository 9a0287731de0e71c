namespace Gongkai.Catalog;

/// <summary>An item as the staff API shows it.</summary>
public sealed record ItemView(
    long Id, string Unit, string UnitName, List<string> CoIssuers, string? IndexNumber, string Title, string Body,
    string? DocumentNumber, string? Topic, string? Genre, string? CatalogNode, string? Keywords, string? Summary,
    DateOnly FormedOn, DateTimeOffset? PublishedAt, bool PublishedLate, DateTimeOffset? ScheduledAt, Validity Validity,
    DateOnly? RepealedOn, DisclosureMode DisclosureMode, string? DisclosureGround, TimingKind Timing, int? PeriodMonths,
    DateOnly? NextDueOn, ItemKind Kind, long? PolicyItemId, ServiceGuideView? ServiceGuide, List<string> Channels,
    int Revision, ItemStatus Status, string? ReturnReason, string? ScanOverrideReason, int Version)
{
    public static ItemView Of(Item i, string unitCode, string unitName) => new(
        i.Id, unitCode, unitName, i.CoIssuers, i.IndexNumber, i.Title, i.Body, i.DocumentNumber, i.Topic, i.Genre,
        i.CatalogNode, i.Keywords, i.Summary, i.FormedOn, Offset(i.PublishedAt), i.PublishedLate, Offset(i.ScheduledAt),
        i.Validity, i.RepealedOn, i.DisclosureMode, i.DisclosureGround, i.Timing, i.PeriodMonths, i.NextDueOn, i.Kind,
        i.PolicyItemId, i.Kind == ItemKind.ServiceGuide ? new ServiceGuideView(i.Basis, i.Procedure, i.Conditions, i.Materials,
            i.FeeBasis, i.FeeStandard, i.ComplaintPhone) : null,
        i.Channels, i.Revision, i.Status, i.ReturnReason, i.ScanOverrideReason, i.Version);

    private static DateTimeOffset? Offset(DateTime? utc) => utc is { } t ? new DateTimeOffset(t, TimeSpan.Zero) : null;
}

/// <summary>办事指南 fields, as on the seed's service-hall boards.</summary>
public sealed record ServiceGuideView(string? Basis, string? Procedure, string? Conditions, string? Materials,
    string? FeeBasis, string? FeeStandard, string? ComplaintPhone);
