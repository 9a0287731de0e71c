using Gongkai.Reports;
using Gongkai.Units;

namespace Gongkai.Tests.Reports;

public sealed class ReportDeadlinesTests
{
    [Theory]
    [InlineData(UnitKind.Government, "2024-03-31")]
    [InlineData(UnitKind.Township, "2024-03-31")]
    [InlineData(UnitKind.Department, "2024-01-31")]
    [InlineData(UnitKind.Institution, "2024-01-31")]
    public void Governments_have_until_31_March_and_departments_until_31_January(UnitKind kind, string due) =>
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), ReportDeadlines.For(kind, 2023));
}
