using Gongkai.Catalog;

namespace Gongkai.Reports;

/// <summary>Table 二 (2021) and the 2008 proactive section, from the documents and the entered statistics.</summary>
public static class ComputeProactive
{
    public static Proactive2021 For2021(ReportFacts facts, int year)
    {
        var figures = facts.Statistics.Where(s => s.Year == year).ToList();
        return new Proactive2021(
            Counts(facts.Documents, "regulation", year),
            Counts(facts.Documents, "normativeDocument", year),
            figures.Sum(f => f.Licensing),
            figures.Sum(f => f.Punishment),
            figures.Sum(f => f.Enforcement),
            figures.Sum(f => f.FeesFen) / 1_000_000m);
    }

    public static DocumentCounts Counts(IEnumerable<DocumentFact> documents, string kind, int year)
    {
        var end = new DateOnly(year, 12, 31);
        var ofKind = documents.Where(d => d.Kind == kind).ToList();
        return new DocumentCounts(
            ofKind.Count(d => d.PublishedOn?.Year == year),
            ofKind.Count(d => d.RepealedOn?.Year == year),
            ofKind.Count(d => d.PublishedOn <= end && !(d.RepealedOn <= end)));
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
