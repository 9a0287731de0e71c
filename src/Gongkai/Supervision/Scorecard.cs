using System.Globalization;
using Gongkai.Infrastructure;

namespace Gongkai.Supervision;

/// <summary>One line of an assessment scheme (考核方案): an indicator, its weight in points and, for faults, the deduction per occurrence.</summary>
public sealed record SchemeRule(string Indicator, decimal Weight, decimal Deduction = 0);

/// <summary>The points one rule gives a unit, how they were reached, and the records behind them.</summary>
public sealed record RulePoints(string Indicator, string Name, decimal Weight, decimal Points, string Explanation, IReadOnlyList<RecordRef> Records);

public sealed record AdjustmentView(long Id, decimal Points, string Reason, string By, DateTime At);

public sealed record UnitScore(
    int UnitId, string UnitCode, string UnitName, decimal Computed, decimal Adjustment, decimal Total, int Rank,
    IReadOnlyList<RulePoints> Parts, IReadOnlyList<AdjustmentView> Adjustments);

/// <summary>Scores from indicators (never typed), and the ranking (pure).</summary>
public static class Scorecard
{
    public static void Validate(IReadOnlyList<SchemeRule>? rules)
    {
        var errors = new ValidationErrors();
        if (rules is null || rules.Count == 0)
        {
            errors.Add("rules", "考核方案至少应包含一项指标");
            errors.ThrowIfAny();
            return;
        }
        for (var i = 0; i < rules.Count; i++)
        {
            var r = rules[i];
            if (!Indicators.IsKnown(r.Indicator) || Indicators.Get(r.Indicator).Kind == IndicatorKind.Count)
            {
                errors.Add($"rules[{i}].indicator", $"“{r.Indicator}”不是可计分的指标（可计分：{string.Join("、", Scorable.Select(d => d.Key))}）");
            }
            else if (Indicators.Get(r.Indicator).Kind == IndicatorKind.Fault && r.Deduction <= 0)
            {
                errors.Add($"rules[{i}].deduction", $"“{Indicators.Get(r.Indicator).Name}”应设置每项次扣分（大于0）");
            }
            if (r.Weight is <= 0 or > 100)
            {
                errors.Add($"rules[{i}].weight", "分值应大于0且不超过100");
            }
        }
        if (rules.GroupBy(r => r.Indicator).Any(g => g.Count() > 1))
        {
            errors.Add("rules", "同一指标只能出现一次");
        }
        if (rules.Sum(r => r.Weight) != 100)
        {
            errors.Add("rules", $"各指标分值合计应为100分（现为{rules.Sum(r => r.Weight).ToString(CultureInfo.InvariantCulture)}分）");
        }
        errors.ThrowIfAny();
    }

    public static IEnumerable<IndicatorDefinition> Scorable => Indicators.All.Where(d => d.Kind != IndicatorKind.Count);

    public static RulePoints Score(SchemeRule rule, IndicatorValue value)
    {
        var d = Indicators.Get(rule.Indicator);
        if (d.Kind == IndicatorKind.Rate)
        {
            var points = Math.Round(rule.Weight * (value.Value ?? 100m) / 100m, 2);
            var why = value.Value is { } v ? $"{F(v)}%（{value.Count}/{value.Base}）× {F(rule.Weight)}分" : "考核期内无此类事项，不扣分";
            // A score is traced to the records that cost points: satisfaction lists every rating, only 不满意 ones cost.
            IReadOnlyList<RecordRef> records = rule.Indicator == Indicators.Satisfaction
                ? [.. value.Records.Where(r => r.Parts?.Contains("不满意") == true)] : value.Records;
            return new RulePoints(rule.Indicator, d.Name, rule.Weight, points, why, records);
        }
        var deducted = Math.Min(rule.Weight, rule.Deduction * value.Count);
        return new RulePoints(rule.Indicator, d.Name, rule.Weight, rule.Weight - deducted,
            value.Count == 0 ? "无" : $"{value.Count}{d.Measure} × {F(rule.Deduction)}分，扣{F(deducted)}分", value.Records);
    }

    /// <summary>Competition ranking (1, 1, 3…) by total, highest first; ties keep unit-code order.</summary>
    public static List<UnitScore> Rank(IEnumerable<UnitScore> scores)
    {
        var ordered = scores.OrderByDescending(s => s.Total).ThenBy(s => s.UnitCode, StringComparer.Ordinal).ToList();
        return ordered.Select(s => s with { Rank = ordered.FindIndex(o => o.Total == s.Total) + 1 }).ToList();
    }

    public static UnitScore ScoreUnit(int unitId, string code, string name, IReadOnlyList<SchemeRule> rules,
        IReadOnlyList<IndicatorValue> values, IReadOnlyList<AdjustmentView> adjustments)
    {
        var parts = rules.Select(r => Score(r, values.Single(v => v.Key == r.Indicator))).ToList();
        var computed = parts.Sum(p => p.Points);
        var adjustment = adjustments.Sum(a => a.Points);
        return new UnitScore(unitId, code, name, computed, adjustment, computed + adjustment, 0, parts, adjustments);
    }

    /// <summary>A scheme every county can start from.</summary>
    public static readonly IReadOnlyList<SchemeRule> DefaultRules =
    [
        new(Indicators.TimelyRate, 20), new(Indicators.RegularOnTime, 10), new(Indicators.MissingRequired, 15, 3),
        new(Indicators.NearDuplicates, 5, 1), new(Indicators.ScanOverrides, 5, 1), new(Indicators.RequestsOnTime, 20),
        new(Indicators.RequestsOverdue, 10, 2), new(Indicators.AppealsCorrected, 5, 5), new(Indicators.Satisfaction, 10),
    ];

    public static string F(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
