using Gongkai.Infrastructure;
using Gongkai.Publishing;

namespace Gongkai.Catalog;

/// <summary>A piece of government information (政府信息) with the catalogue metadata of 条例 第十二条.</summary>
public sealed class Item
{
    public long Id { get; private set; }
    public int UnitId { get; set; }
    /// <summary>联合发布机构 (unit codes).</summary>
    public List<string> CoIssuers { get; set; } = [];
    /// <summary>索引号, assigned at publication.</summary>
    public string? IndexNumber { get; private set; }
    public required string Title { get; set; }
    /// <summary>Sanitised HTML.</summary>
    public string Body { get; set; } = "";
    /// <summary>文号</summary>
    public string? DocumentNumber { get; set; }
    /// <summary>主题分类</summary>
    public string? Topic { get; set; }
    /// <summary>体裁/文种</summary>
    public string? Genre { get; set; }
    /// <summary>公开目录 node code.</summary>
    public string? CatalogNode { get; set; }
    public string? Keywords { get; set; }
    /// <summary>内容概述</summary>
    public string? Summary { get; set; }
    /// <summary>成文日期 (the day the 20-working-day clock of 第二十六条 starts).</summary>
    public DateOnly FormedOn { get; set; }
    public DateTime? PublishedAt { get; private set; }
    /// <summary>Published more than 20 working days after <see cref="FormedOn"/>.</summary>
    public bool PublishedLate { get; private set; }
    public DateTime? ScheduledAt { get; private set; }
    public Validity Validity { get; set; }
    /// <summary>废止日期 (or the day it lapses); the background job expires the item on that day.</summary>
    public DateOnly? RepealedOn { get; set; }
    public DisclosureMode DisclosureMode { get; set; }
    /// <summary>The legal ground of 依申请公开/不予公开.</summary>
    public string? DisclosureGround { get; set; }
    public TimingKind Timing { get; set; }
    public int? PeriodMonths { get; set; }
    public DateOnly? NextDueOn { get; set; }
    public ItemKind Kind { get; set; }
    /// <summary>For a 政策解读: the policy it explains.</summary>
    public long? PolicyItemId { get; set; }
    public string? Basis { get; set; }
    public string? Procedure { get; set; }
    public string? Conditions { get; set; }
    public string? Materials { get; set; }
    public string? FeeBasis { get; set; }
    public string? FeeStandard { get; set; }
    public string? ComplaintPhone { get; set; }
    public List<string> Channels { get; set; } = [];
    /// <summary>The published version number (1 at first publication, +1 per revision).</summary>
    public int Revision { get; private set; }
    public ItemStatus Status { get; private set; }
    /// <summary>Why the item was last sent back to its editor.</summary>
    public string? ReturnReason { get; private set; }
    public string? ScanOverrideReason { get; private set; }
    /// <summary>The findings the override covers; new findings need a new override.</summary>
    public string? ScanOverrideFingerprint { get; private set; }
    /// <summary>The id in the system an imported row came from (idempotent import).</summary>
    public string? SourceId { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    public string ETag => $"\"{Id}-{Version}\"";

    public void Apply(ItemAction action, string? reason = null)
    {
        var decision = ItemWorkflow.Decide(Status, action);
        if (!decision.Allowed)
        {
            throw new ConflictException(decision.Refusal!);
        }
        Status = decision.Next!.Value;
        ReturnReason = action is ItemAction.ReviewReject or ItemAction.ApproveReject ? reason : ReturnReason;
        if (action == ItemAction.Submit)
        {
            ReturnReason = null;
        }
        if (action == ItemAction.Revise)
        {
            Revision++;
        }
    }

    public void Publish(DateTime at, string indexNumber, bool late)
    {
        Apply(ItemAction.Publish);
        PublishedAt = at;
        IndexNumber ??= indexNumber;
        PublishedLate = late;
        Revision = Math.Max(Revision, 1);
        ScheduledAt = null;
    }

    public void Schedule(DateTime at)
    {
        Apply(ItemAction.Schedule);
        ScheduledAt = at;
    }

    public void OverrideScan(string reason, string fingerprint)
    {
        ScanOverrideReason = reason;
        ScanOverrideFingerprint = fingerprint;
    }

    /// <summary>An imported row lands as published with the dates it was given (migrations).</summary>
    public static Item Imported(string title, DateTime publishedAt, string? indexNumber, bool late, string? sourceId = null) => new()
    {
        Title = title, Status = ItemStatus.Published, PublishedAt = publishedAt, IndexNumber = indexNumber, PublishedLate = late,
        Revision = 1, CreatedAt = publishedAt, UpdatedAt = publishedAt, SourceId = sourceId,
    };

    /// <summary>Bulk paths (import, demo) reserve numbers in blocks and hand them out here, before the first save.</summary>
    public void AssignIndexNumber(string indexNumber) => IndexNumber ??= indexNumber;
}
