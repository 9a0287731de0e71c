namespace Gongkai.Reports;

/// <summary>The pure report model: facts in, the report of one template out (with its checks).</summary>
public static class BuildAnnualReport
{
    public static AnnualReport For(ReportFacts facts, int year, string unit, string scope, string template) => template switch
    {
        ReportTemplates.F2008 => new AnnualReport2008(template, year, unit, scope,
            ComputeProactive.For2008(facts.Documents, year), Requests2008(facts, year), Appeals2008(facts, year))
        {
            Fees = ComputeFees.For(facts.Fees, year),
        },
        _ => For2021(facts, year, unit, scope, template),
    };

    public static AnnualReport2021 For2021(ReportFacts facts, int year, string unit, string scope, string template)
    {
        var requests = ComputeRequestTable.For(facts.Requests, year, template);
        var previous = ComputeRequestTable.For(facts.Requests, year - 1, template);
        var appeals = ComputeAppealTable.For(facts.Appeals, year);
        return new AnnualReport2021(template, year, unit, scope, ComputeProactive.For2021(facts, year), requests, appeals,
            ReportChecks.Run(requests, appeals, previous))
        {
            Fees = ComputeFees.For(facts.Fees, year),
        };
    }

    /// <summary>
    /// 2008 era: received in the year; accepted = not refused as 不予处理 (3.5.x); answered = accepted and closed by 31 December.
    /// </summary>
    private static Requests2008 Requests2008(ReportFacts facts, int year)
    {
        var end = new DateOnly(year, 12, 31);
        var received = facts.Requests.Where(r => r.ReceivedOn.Year == year).ToList();
        var accepted = received.Where(r => r.Outcome?.StartsWith("3.5", StringComparison.Ordinal) != true).ToList();
        return new Requests2008(received.Count, accepted.Count, accepted.Count(r => r.ClosedOn <= end));
    }

    private static Appeals2008 Appeals2008(ReportFacts facts, int year)
    {
        var filed = facts.Appeals.Where(a => a.FiledOn.Year == year).ToList();
        return new Appeals2008(filed.Count(a => a.Kind == "review"), filed.Count(a => a.Kind != "review"));
    }
}
