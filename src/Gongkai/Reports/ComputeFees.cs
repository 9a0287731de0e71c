namespace Gongkai.Reports;

/// <summary>
/// One request's fee record (Requests/InformationFee.cs): the fee notice (day, amount in fen), the payment day if paid, and
/// how the request ended; the recorded waivers (减免, the feeWaived steps): the day of the last one and their total in fen.
/// </summary>
public sealed record FeeFact(string UnitCode, string Number, DateOnly NoticeOn, long FeeFen, DateOnly? PaidOn, DateOnly? ClosedOn, string? Outcome,
    DateOnly? WaivedOn = null, long WaivedFen = 0);

/// <summary>收费及减免情况 of a year: notices sent, fees collected, fees waived (answered without payment) and requests dropped for non-payment.</summary>
public sealed record FeeFigures(int Notices, long NoticedFen, int Paid, long PaidFen, int Waived, long WaivedFen, int Abandoned)
{
    public static FeeFigures None { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public bool Any => Notices + Paid + Waived + Abandoned > 0;
}

/// <summary>The fees section from the fee records (pure).</summary>
public static class ComputeFees
{
    /// <summary>
    /// Notices sent in the year; fees collected = paid in the year (the noticed fee less any partial waiver); waived (减免) =
    /// a recorded waiver (feeWaived step) in the year, counted with the amount waived, or — for records without a waiver step,
    /// e.g. migrated paper files — answered in the year with a decision (rows 3.1–3.5) although the fee was never paid;
    /// abandoned = closed as 3.6.2 (逾期未缴费、不再处理). A withdrawal after a notice (3.6.3) is neither.
    /// </summary>
    public static FeeFigures For(IEnumerable<FeeFact> fees, int year)
    {
        var list = fees.ToList();
        var notices = list.Where(f => f.NoticeOn.Year == year).ToList();
        var paid = list.Where(f => f.PaidOn?.Year == year).ToList();
        var unpaidClosed = list.Where(f => f.PaidOn is null && f.ClosedOn?.Year == year).ToList();
        var abandoned = unpaidClosed.Where(f => f.Outcome == "3.6.2").ToList();
        var recorded = list.Where(f => f.WaivedOn?.Year == year).ToList();
        var inferred = unpaidClosed.Where(f => f.WaivedOn is null && f.Outcome is { } o && !o.StartsWith("3.6", StringComparison.Ordinal)).ToList();
        return new FeeFigures(notices.Count, notices.Sum(f => f.FeeFen), paid.Count, paid.Sum(f => f.FeeFen - f.WaivedFen),
            recorded.Count + inferred.Count, recorded.Sum(f => f.WaivedFen) + inferred.Sum(f => f.FeeFen), abandoned.Count);
    }

    /// <summary>The sentence of the report, in 元.</summary>
    public static string Sentence(FeeFigures f) => !f.Any
        ? "全年未向申请人收取政府信息公开相关费用，也没有减免收费的情况。"
        : $"全年向申请人发出收费通知{f.Notices}件，金额{Yuan(f.NoticedFen)}元；实际收取{f.Paid}件，共{Yuan(f.PaidFen)}元；减免{f.Waived}件，共{Yuan(f.WaivedFen)}元"
          + (f.Abandoned > 0 ? $"；申请人逾期未缴费、不再处理的{f.Abandoned}件" : "") + "。";

    public static string Yuan(long fen) => (fen / 100m).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
