using Gongkai.Units;

namespace Gongkai.Reports;

/// <summary>条例 第四十九条、第五十条: departments publish by 31 January, governments (county, township) by 31 March.</summary>
public static class ReportDeadlines
{
    public static DateOnly For(UnitKind kind, int reportYear) =>
        kind is UnitKind.Government or UnitKind.Township ? new DateOnly(reportYear + 1, 3, 31) : new DateOnly(reportYear + 1, 1, 31);
}
