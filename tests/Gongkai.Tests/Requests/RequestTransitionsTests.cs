using Gongkai.Requests;

namespace Gongkai.Tests.Requests;

public sealed class RequestTransitionsTests
{
    [Theory]
    [InlineData(RequestStatus.Received, RequestActionType.Accept, RequestStatus.Accepted)]
    [InlineData(RequestStatus.Received, RequestActionType.RequestCorrection, RequestStatus.AwaitingCorrection)]
    [InlineData(RequestStatus.Accepted, RequestActionType.RequestCorrection, RequestStatus.AwaitingCorrection)]
    [InlineData(RequestStatus.AwaitingCorrection, RequestActionType.CorrectionReceived, RequestStatus.Accepted)]
    [InlineData(RequestStatus.Accepted, RequestActionType.ConsultThirdParty, RequestStatus.Consulting)]
    [InlineData(RequestStatus.Consulting, RequestActionType.ThirdPartyReplied, RequestStatus.Accepted)]
    [InlineData(RequestStatus.Accepted, RequestActionType.Extend, RequestStatus.Accepted)]
    [InlineData(RequestStatus.Accepted, RequestActionType.FeeNotice, RequestStatus.AwaitingFee)]
    [InlineData(RequestStatus.AwaitingFee, RequestActionType.FeePaid, RequestStatus.Accepted)]
    [InlineData(RequestStatus.AwaitingFee, RequestActionType.FeeWaived, RequestStatus.Accepted)]
    [InlineData(RequestStatus.AwaitingFee, RequestActionType.Withdraw, RequestStatus.Closed)]
    [InlineData(RequestStatus.Accepted, RequestActionType.Reply, RequestStatus.Closed)]
    [InlineData(RequestStatus.AwaitingCorrection, RequestActionType.Reply, RequestStatus.Closed)]
    [InlineData(RequestStatus.AwaitingFee, RequestActionType.Reply, RequestStatus.Closed)]
    [InlineData(RequestStatus.Received, RequestActionType.Withdraw, RequestStatus.Closed)]
    [InlineData(RequestStatus.Consulting, RequestActionType.Withdraw, RequestStatus.Closed)]
    public void Allowed_steps(RequestStatus from, RequestActionType action, RequestStatus to) =>
        Assert.Equal(to, RequestTransitions.Next(from, action));

    [Theory]
    [InlineData(RequestStatus.Received, RequestActionType.Reply)]
    [InlineData(RequestStatus.Received, RequestActionType.Extend)]
    [InlineData(RequestStatus.Accepted, RequestActionType.Accept)]
    [InlineData(RequestStatus.Consulting, RequestActionType.Reply)]
    [InlineData(RequestStatus.Consulting, RequestActionType.Extend)]
    [InlineData(RequestStatus.AwaitingFee, RequestActionType.ConsultThirdParty)]
    [InlineData(RequestStatus.Closed, RequestActionType.Withdraw)]
    [InlineData(RequestStatus.Closed, RequestActionType.Accept)]
    [InlineData(RequestStatus.Received, RequestActionType.FeeWaived)]
    [InlineData(RequestStatus.Accepted, RequestActionType.FeeWaived)]
    [InlineData(RequestStatus.AwaitingCorrection, RequestActionType.FeeWaived)]
    [InlineData(RequestStatus.Consulting, RequestActionType.FeeWaived)]
    [InlineData(RequestStatus.Closed, RequestActionType.FeeWaived)]
    public void Refused_steps_have_a_chinese_reason(RequestStatus from, RequestActionType action)
    {
        Assert.Null(RequestTransitions.Next(from, action));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", RequestTransitions.Refusal(from, action));
    }

    [Fact]
    public void Every_pair_is_either_allowed_or_has_a_reason()
    {
        foreach (var from in Enum.GetValues<RequestStatus>())
        {
            foreach (var action in Enum.GetValues<RequestActionType>())
            {
                Assert.True(RequestTransitions.Next(from, action) is not null || RequestTransitions.Refusal(from, action).Length > 0);
            }
        }
    }
}
