namespace Gongkai.Reports;

/// <summary>What a renderer draws: the model, the unit's name and the narrative with its figures filled in.</summary>
public sealed record ReportDocument(AnnualReport Report, string UnitName, IReadOnlyList<NarrativeSection> Narrative)
{
    public string Title => $"{ReportFigures.ShortName(UnitName)}{Report.Year}年政府信息公开工作年度报告";

    public NarrativeSection? Section(string key) => Narrative.FirstOrDefault(s => s.Key == key);

    /// <summary>Fills the drafts (edited ones where given, defaults otherwise) with the report's figures.</summary>
    public static ReportDocument Compose(AnnualReport report, string unitName, IReadOnlyDictionary<string, string>? drafts = null,
        IReadOnlyDictionary<string, string>? extra = null)
    {
        var figures = new Dictionary<string, string>(ReportFigures.Of(report, unitName), StringComparer.Ordinal);
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            figures[key] = value;
        }
        var sections = NarrativeTemplates.SectionsOf(report.Template).Select(key =>
        {
            var template = NarrativeTemplates.Default(report.Template, key);
            var text = drafts is not null && drafts.TryGetValue(key, out var edited) ? edited : template.Text;
            return template with { Text = FillPlaceholders.Fill(text, figures) };
        }).ToList();
        return new ReportDocument(report, unitName, sections);
    }
}
