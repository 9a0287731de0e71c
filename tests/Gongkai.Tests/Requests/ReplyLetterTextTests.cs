using Gongkai.Requests;

namespace Gongkai.Tests.Requests;

public sealed class ReplyLetterTextTests
{
    [Fact]
    public void Every_outcome_has_its_own_decision_text_with_a_legal_basis()
    {
        foreach (var code in RequestOutcomes.Labels.Keys.Where(c => c != "3.3.8" && c != "3.5.5" && c != "3.6.3"))
        {
            Assert.Contains("条", ReplyLetterText.Decision(code));
        }
        // 3.3.1–3.3.3 share one text (第十四条), 3.3.5–3.3.7 another (第十六条); every other outcome has its own.
        Assert.Equal(RequestOutcomes.Labels.Count - 4, RequestOutcomes.Labels.Keys.Select(ReplyLetterText.Decision).Distinct().Count());
    }

    [Fact]
    public void The_remedies_name_review_in_60_days_and_suit_in_6_months()
    {
        Assert.Contains("60日内", ReplyLetterText.Remedies);
        Assert.Contains("6个月内", ReplyLetterText.Remedies);
    }
}
