namespace Gongkai.Requests;

/// <summary>
/// 减免信息处理费: how much of a noticed fee is still due after waivers (pure). Each <c>feeWaived</c> step stores the amount it
/// waived in <see cref="RequestStep.FeeFen"/>; without <c>amountFen</c> the step waives everything still due (a full waiver).
/// </summary>
public static class FeeWaiver
{
    /// <summary>The noticed fee minus the waivers among <paramref name="steps"/>, in fen; 0 when no notice.</summary>
    public static long Remaining(IEnumerable<RequestStep> steps)
    {
        long noticed = 0, waived = 0;
        foreach (var s in steps)
        {
            if (s.Type == RequestActionType.FeeNotice)
            {
                noticed = s.FeeFen ?? 0;
            }
            else if (s.Type == RequestActionType.FeeWaived)
            {
                waived += s.FeeFen ?? 0;
            }
        }
        return Math.Max(0, noticed - waived);
    }
}
