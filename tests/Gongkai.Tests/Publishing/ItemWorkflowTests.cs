using Gongkai.Catalog;
using Gongkai.Publishing;

namespace Gongkai.Tests.Publishing;

public class ItemWorkflowTests
{
    [Theory]
    [InlineData(ItemStatus.Draft, ItemAction.Edit, ItemStatus.Draft)]
    [InlineData(ItemStatus.Draft, ItemAction.Submit, ItemStatus.Submitted)]
    [InlineData(ItemStatus.Submitted, ItemAction.ReviewPass, ItemStatus.Reviewed)]
    [InlineData(ItemStatus.Submitted, ItemAction.ReviewReject, ItemStatus.Draft)]
    [InlineData(ItemStatus.Reviewed, ItemAction.ApprovePass, ItemStatus.Approved)]
    [InlineData(ItemStatus.Reviewed, ItemAction.ApproveReject, ItemStatus.Draft)]
    [InlineData(ItemStatus.Approved, ItemAction.Publish, ItemStatus.Published)]
    [InlineData(ItemStatus.Approved, ItemAction.Schedule, ItemStatus.Scheduled)]
    [InlineData(ItemStatus.Scheduled, ItemAction.Publish, ItemStatus.Published)]
    [InlineData(ItemStatus.Scheduled, ItemAction.Withdraw, ItemStatus.Withdrawn)]
    [InlineData(ItemStatus.Published, ItemAction.Revise, ItemStatus.Published)]
    [InlineData(ItemStatus.Published, ItemAction.Withdraw, ItemStatus.Withdrawn)]
    [InlineData(ItemStatus.Published, ItemAction.Expire, ItemStatus.Expired)]
    public void Allowed_steps_lead_to_the_next_status(ItemStatus from, ItemAction action, ItemStatus to)
    {
        var decision = ItemWorkflow.Decide(from, action);
        Assert.True(decision.Allowed);
        Assert.Equal(to, decision.Next);
    }

    [Theory]
    [InlineData(ItemStatus.Draft, ItemAction.Publish)]
    [InlineData(ItemStatus.Draft, ItemAction.ApprovePass)]
    [InlineData(ItemStatus.Submitted, ItemAction.ApprovePass)]
    [InlineData(ItemStatus.Submitted, ItemAction.Publish)]
    [InlineData(ItemStatus.Submitted, ItemAction.Edit)]
    [InlineData(ItemStatus.Reviewed, ItemAction.Publish)]
    [InlineData(ItemStatus.Approved, ItemAction.Submit)]
    [InlineData(ItemStatus.Published, ItemAction.Publish)]
    [InlineData(ItemStatus.Published, ItemAction.Edit)]
    [InlineData(ItemStatus.Withdrawn, ItemAction.Publish)]
    [InlineData(ItemStatus.Withdrawn, ItemAction.Expire)]
    [InlineData(ItemStatus.Expired, ItemAction.Revise)]
    [InlineData(ItemStatus.Draft, ItemAction.Withdraw)]
    public void Forbidden_steps_are_refused_in_chinese(ItemStatus from, ItemAction action)
    {
        var decision = ItemWorkflow.Decide(from, action);
        Assert.False(decision.Allowed);
        Assert.Null(decision.Next);
        Assert.Contains("不能", decision.Refusal);
        Assert.Contains(from.Chinese(), decision.Refusal);
    }

    [Fact]
    public void Every_status_and_action_pair_has_a_decision()
    {
        foreach (var status in Enum.GetValues<ItemStatus>())
        {
            foreach (var action in Enum.GetValues<ItemAction>())
            {
                var d = ItemWorkflow.Decide(status, action);
                Assert.True(d.Allowed ^ d.Refusal is not null);
            }
        }
    }
}
