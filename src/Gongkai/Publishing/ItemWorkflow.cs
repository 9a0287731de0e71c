using Gongkai.Catalog;

namespace Gongkai.Publishing;

/// <summary>The steps of the editorial workflow (编辑、保密审查、签发、发布).</summary>
public enum ItemAction
{
    Edit,
    Submit,
    ReviewPass,
    ReviewReject,
    ApprovePass,
    ApproveReject,
    Publish,
    Schedule,
    Revise,
    Withdraw,
    Expire,
}

public sealed record WorkflowDecision(ItemStatus? Next, string? Refusal)
{
    public bool Allowed => Next is not null;
}

/// <summary>
/// The state machine of an item (pure): draft → submitted → reviewed → approved → scheduled/published →
/// revised (stays published, new version) / withdrawn / expired. A rejection returns the item to draft.
/// </summary>
public static class ItemWorkflow
{
    public static WorkflowDecision Decide(ItemStatus status, ItemAction action) => (status, action) switch
    {
        (ItemStatus.Draft, ItemAction.Edit) => To(ItemStatus.Draft),
        (ItemStatus.Draft, ItemAction.Submit) => To(ItemStatus.Submitted),
        (ItemStatus.Submitted, ItemAction.ReviewPass) => To(ItemStatus.Reviewed),
        (ItemStatus.Submitted, ItemAction.ReviewReject) => To(ItemStatus.Draft),
        (ItemStatus.Reviewed, ItemAction.ApprovePass) => To(ItemStatus.Approved),
        (ItemStatus.Reviewed, ItemAction.ApproveReject) => To(ItemStatus.Draft),
        (ItemStatus.Approved, ItemAction.Publish) => To(ItemStatus.Published),
        (ItemStatus.Approved, ItemAction.Schedule) => To(ItemStatus.Scheduled),
        (ItemStatus.Scheduled, ItemAction.Publish) => To(ItemStatus.Published),
        (ItemStatus.Scheduled, ItemAction.Withdraw) => To(ItemStatus.Withdrawn),
        (ItemStatus.Published, ItemAction.Revise) => To(ItemStatus.Published),
        (ItemStatus.Published, ItemAction.Withdraw) => To(ItemStatus.Withdrawn),
        (ItemStatus.Published, ItemAction.Expire) => To(ItemStatus.Expired),
        _ => new WorkflowDecision(null, Refusal(status, action)),
    };

    private static WorkflowDecision To(ItemStatus next) => new(next, null);

    private static string Refusal(ItemStatus status, ItemAction action) =>
        $"当前状态为“{status.Chinese()}”，不能{Verb(action)}" + Hint(action);

    private static string Hint(ItemAction action) => action switch
    {
        ItemAction.Submit => "（只有草稿可以提交审查）",
        ItemAction.ReviewPass or ItemAction.ReviewReject => "（只有待保密审查的信息可以审查）",
        ItemAction.ApprovePass or ItemAction.ApproveReject => "（须先通过保密审查）",
        ItemAction.Publish or ItemAction.Schedule => "（须先经保密审查并签发）",
        ItemAction.Edit => "（已提交审查的信息不能修改，请先退回）",
        ItemAction.Revise => "（只有已发布的信息可以修订）",
        ItemAction.Withdraw => "（只有已发布或定时发布的信息可以撤回）",
        ItemAction.Expire => "（只有已发布的信息可以失效）",
    };

    public static string Verb(ItemAction action) => action switch
    {
        ItemAction.Edit => "修改",
        ItemAction.Submit => "提交审查",
        ItemAction.ReviewPass => "通过保密审查",
        ItemAction.ReviewReject => "退回保密审查",
        ItemAction.ApprovePass => "签发",
        ItemAction.ApproveReject => "退回签发",
        ItemAction.Publish => "发布",
        ItemAction.Schedule => "定时发布",
        ItemAction.Revise => "修订",
        ItemAction.Withdraw => "撤回",
        ItemAction.Expire => "设为失效",
    };
}
