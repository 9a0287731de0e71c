using Gongkai.Catalog;

namespace Gongkai.Reports;

/// <summary>Table 二 (2021) and the 2008 proactive section, from the documents and the entered statistics.</summary>
public static class ComputeProactive
{
    /// <summary>
    /// 许可、处罚、强制: a unit's entered figures where it entered them for the year, otherwise its published decision
    /// records of the year (<see cref="ReportCells.DecisionCounts"/>); fees are entered only.
    /// </summary>
    public static Proactive2021 For2021(ReportFacts facts, int year)
    {
        var figures = facts.Statistics.Where(s => s.Year == year).ToList();
        var entered = ReportCells.UnitsWithEnteredFigures(facts.Statistics, year);
        int Decisions(string kind) => figures.Sum(f => ReportCells.Entered(f, kind))
            + facts.Decisions.Count(d => d.Kind == kind && ReportCells.DecisionCounts(d, year, entered));
        return new Proactive2021(
            Counts(facts.Documents, "regulation", year),
            Counts(facts.Documents, "normativeDocument", year),
            Decisions("licensing"),
            Decisions("punishment"),
            Decisions("enforcement"),
            figures.Sum(f => f.FeesFen) / 1_000_000m);
    }

    public static DocumentCounts Counts(IEnumerable<DocumentFact> documents, string kind, int year)
    {
        var measures = documents.Where(d => d.Kind == kind).SelectMany(d => ReportCells.DocumentMeasuresOf(d, year)).ToList();
        return new DocumentCounts(measures.Count(m => m == "issued"), measures.Count(m => m == "repealed"), measures.Count(m => m == "inForce"));
    }

    /// <summary>Items published in the year, split by their primary (first) channel as the seed reports it.</summary>
    public static Proactive2008 For2008(IEnumerable<DocumentFact> documents, int year)
    {
        var published = documents.Where(d => d.PublishedOn?.Year == year).Select(d => d.Channels.Count > 0 ? d.Channels[0] : "").ToList();
        var website = published.Count(c => c == "website");
        var govAffairs = published.Count(c => c == "govAffairsSite");
        var hall = published.Count(c => c == "serviceHall");
        return new Proactive2008(published.Count, new ChannelSplit(website, govAffairs, hall, published.Count - website - govAffairs - hall));
    }
}
