using Gongkai.Reports;

namespace Gongkai.Tests.Reports;

/// <summary>Table 二's 许可/处罚/强制: a unit's entered figures win; units without entered figures count their published decisions.</summary>
public sealed class DecisionFiguresTests
{
    private static DecisionFact D(string unit, string kind, string day) =>
        new(unit, kind, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

    public static TheoryData<string, DecisionFact[], ProactiveFigures[], int[]> Cases => new()
    {
        // decisions only: counted by decision day in the year
        { "records", [D("A", "licensing", "2023-01-01"), D("A", "licensing", "2023-12-31"), D("A", "licensing", "2022-12-31"), D("A", "punishment", "2023-05-05"), D("A", "enforcement", "2024-01-01")], [], [2, 1, 0] },
        // entered figures only
        { "entered", [], [new("A", 2023, 7, 3, 1, 0)], [7, 3, 1] },
        // the same unit has both: entered wins for all three figures, even a 0
        { "entered wins", [D("A", "licensing", "2023-03-01"), D("A", "punishment", "2023-03-01")], [new("A", 2023, 5, 0, 0, 0)], [5, 0, 0] },
        // last year's entry does not shadow this year's records
        { "other year entered", [D("A", "licensing", "2023-03-01")], [new("A", 2022, 50, 5, 5, 0)], [1, 0, 0] },
        // tree scope: B entered, A publishes — summed
        { "mixed units", [D("A", "licensing", "2023-03-01"), D("B", "licensing", "2023-03-01"), D("A", "enforcement", "2023-08-01")], [new("B", 2023, 10, 1, 0, 0)], [11, 1, 1] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Licensing_punishment_and_enforcement_come_from_entries_or_records(string name, DecisionFact[] decisions, ProactiveFigures[] entered, int[] expected)
    {
        var facts = new ReportFacts([], [], [], entered) { Decisions = decisions };
        var p = ComputeProactive.For2021(facts, 2023);
        Assert.True(expected.SequenceEqual([p.Licensing, p.Punishment, p.Enforcement]), $"{name}: {p.Licensing}/{p.Punishment}/{p.Enforcement}");
    }

    [Fact]
    public void The_rule_is_written_in_the_definitions() =>
        Assert.Contains(ReportDefinitions.All, d => d.Name.Contains("行政许可", StringComparison.Ordinal) && d.Definition.Contains("以填报数为准", StringComparison.Ordinal));
}
