using System.Text.Json.Serialization;

namespace Gongkai.Reports;

/// <summary>An annual report of one template, exactly as the JSON of CONTRACT.md shows it.</summary>
[JsonDerivedType(typeof(AnnualReport2021))]
[JsonDerivedType(typeof(AnnualReport2008))]
public abstract record AnnualReport(
    [property: JsonPropertyOrder(-4)] string Template,
    [property: JsonPropertyOrder(-3)] int Year,
    [property: JsonPropertyOrder(-2)] string Unit,
    [property: JsonPropertyOrder(-1)] string Scope)
{
    [JsonIgnore]
    public abstract IReadOnlyList<CheckResult> FailedChecks { get; }
}

/// <summary>The 2021 format, also used (with the single row 3.6) for the 2019 trial format.</summary>
public sealed record AnnualReport2021(
    string Template, int Year, string Unit, string Scope,
    Proactive2021 Proactive, RequestTable Requests, AppealTable Appeals, IReadOnlyList<CheckResult> Checks)
    : AnnualReport(Template, Year, Unit, Scope)
{
    [JsonIgnore]
    public override IReadOnlyList<CheckResult> FailedChecks => [.. Checks.Where(c => !c.Ok)];

    /// <summary>Information-processing fees (section 六's text); not part of the contract JSON.</summary>
    [JsonIgnore]
    public FeeFigures Fees { get; init; } = FeeFigures.None;
}

public sealed record DocumentCounts(int Issued, int Repealed, int InForce);

public sealed record Proactive2021(
    DocumentCounts Regulations, DocumentCounts NormativeDocuments, int Licensing, int Punishment, int Enforcement, decimal FeesWan);

/// <summary>Table 三: every row keyed by its code, each an array in the order of <see cref="Columns"/>.</summary>
public sealed record RequestTable(IReadOnlyList<string> Columns, Dictionary<string, int[]> Rows)
{
    public int Cell(string row, int column) => Rows.TryGetValue(row, out var cells) ? cells[column] : 0;
}

public sealed record AppealBlock(int Upheld, int Corrected, int Other, int Pending, int Total);

public sealed record AppealTable(AppealBlock Review, AppealBlock LitigationDirect, AppealBlock LitigationAfterReview);

public sealed record CheckResult(string Rule, bool Ok)
{
    /// <summary>Where it fails, in Chinese, for the publish refusal and the report page.</summary>
    [JsonIgnore]
    public string? Detail { get; init; }
}

/// <summary>The 2008-era format of the seed report.</summary>
public sealed record AnnualReport2008(
    string Template, int Year, string Unit, string Scope, Proactive2008 Proactive, Requests2008 Requests, Appeals2008 Appeals)
    : AnnualReport(Template, Year, Unit, Scope)
{
    [JsonIgnore]
    public override IReadOnlyList<CheckResult> FailedChecks => [];

    /// <summary>收费及减免情况 (条例 2007 第三十二条(三)), for the narrative; not part of the contract JSON.</summary>
    [JsonIgnore]
    public FeeFigures Fees { get; init; } = FeeFigures.None;
}

public sealed record Proactive2008(int Total, ChannelSplit ByChannel);

public sealed record ChannelSplit(int Website, int GovAffairsSite, int ServiceHall, int Other);

public sealed record Requests2008(int Received, int Accepted, int Answered);

public sealed record Appeals2008(int Review, int Litigation);
