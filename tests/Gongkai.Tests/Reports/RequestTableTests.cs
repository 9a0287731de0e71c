using Gongkai.Reports;
using Gongkai.Requests;

namespace Gongkai.Tests.Reports;

public sealed class RequestTableTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static RequestFact R(string type, string received, string? closed = null, string? outcome = null) =>
        new("U", type, D(received), closed is null ? null : D(closed), outcome);

    // row, column index, expected: one request per case, year 2023
    public static TheoryData<RequestFact, string, int> SingleRequestCells => new()
    {
        { R("natural", "2023-03-01"), "1", 0 },
        { R("natural", "2023-03-01"), "4", 0 },
        { R("commercial", "2022-12-20"), "2", 1 },
        { R("commercial", "2022-12-20"), "4", 1 },
        { R("research", "2023-02-01", "2023-02-10", "3.1"), "3.1", 2 },
        { R("publicWelfare", "2023-02-01", "2023-02-10", "3.2"), "3.2", 3 },
        { R("legalService", "2023-02-01", "2023-02-10", "3.3.4"), "3.3.4", 4 },
        { R("otherOrg", "2023-02-01", "2023-02-10", "3.4.1"), "3.4.1", 5 },
        { R("natural", "2022-11-01", "2023-01-05", "3.5.2"), "3.5.2", 0 },
        { R("natural", "2023-06-01", "2023-07-01", "3.6.1"), "3.6.1", 0 },
        { R("natural", "2023-06-01", "2023-07-01", "3.6"), "3.6.3", 0 },
        { R("natural", "2023-12-30", "2024-01-03", "3.1"), "4", 0 },
    };

    [Theory]
    [MemberData(nameof(SingleRequestCells))]
    public void One_request_lands_in_its_cell_and_in_the_totals(RequestFact request, string row, int column)
    {
        var table = ComputeRequestTable.For([request], 2023, ReportTemplates.F2021);
        Assert.Equal(1, table.Rows[row][column]);
        Assert.Equal(1, table.Rows[row][ApplicantColumns.Total]);
        var nonZero = table.Rows.Where(r => r.Value.Any(v => v != 0)).Select(r => r.Key).Where(k => k != "3.7").ToList();
        Assert.Equal(2, nonZero.Count); // one of 1/2 and one of the results/4
        Assert.Equal(request.ClosedOn?.Year == 2023 ? 1 : 0, table.Rows["3.7"][column]);
    }

    [Fact]
    public void A_partial_disclosure_is_counted_once_in_3_2_only()
    {
        var table = ComputeRequestTable.For([R("natural", "2023-02-01", "2023-02-20", "3.2")], 2023, ReportTemplates.F2021);
        Assert.Equal(1, table.Rows["3.2"][0]);
        Assert.Equal(1, table.Rows["3.7"][0]);
        Assert.Equal(1, table.Rows.Where(r => r.Key.StartsWith("3.", StringComparison.Ordinal) && r.Key != "3.7").Sum(r => r.Value[0]));
    }

    [Fact]
    public void Requests_closed_before_the_year_or_received_after_it_are_not_counted()
    {
        var table = ComputeRequestTable.For(
            [R("natural", "2022-03-01", "2022-04-01", "3.1"), R("natural", "2024-01-02")], 2023, ReportTemplates.F2021);
        Assert.All(table.Rows.Values, cells => Assert.All(cells, v => Assert.Equal(0, v)));
    }

    [Fact]
    public void Open_requests_carry_over_from_one_year_to_the_next()
    {
        RequestFact[] facts =
        [
            R("natural", "2022-12-28", "2023-01-10", "3.1"),
            R("commercial", "2022-12-29", "2024-01-10", "3.3.1"),
            R("natural", "2023-12-29"),
            R("natural", "2023-05-01", "2023-05-20", "3.2"),
        ];
        var y2022 = ComputeRequestTable.For(facts, 2022, ReportTemplates.F2021);
        var y2023 = ComputeRequestTable.For(facts, 2023, ReportTemplates.F2021);
        var y2024 = ComputeRequestTable.For(facts, 2024, ReportTemplates.F2021);
        Assert.Equal([1, 1, 0, 0, 0, 0, 2], y2022.Rows["4"]);
        Assert.Equal(y2022.Rows["4"], y2023.Rows["2"]);
        Assert.Equal([2, 0, 0, 0, 0, 0, 2], y2023.Rows["1"]);
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], y2023.Rows["3.1"]);
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], y2023.Rows["3.2"]);
        Assert.Equal([1, 1, 0, 0, 0, 0, 2], y2023.Rows["4"]);
        Assert.Equal(y2023.Rows["4"], y2024.Rows["2"]);
        Assert.Equal([0, 1, 0, 0, 0, 0, 1], y2024.Rows["3.3.1"]);
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], y2024.Rows["4"]);
    }

    [Fact]
    public void The_2019_format_has_the_single_row_3_6_and_folds_the_2021_sub_rows_into_it()
    {
        var table = ComputeRequestTable.For(
            [R("natural", "2020-02-01", "2020-02-20", "3.6.1"), R("natural", "2020-02-01", "2020-02-20", "3.6.3")], 2020, ReportTemplates.F2019);
        Assert.Equal(2, table.Rows["3.6"][0]);
        Assert.DoesNotContain("3.6.1", table.Rows.Keys);
        Assert.Equal(RequestRows.For(ReportTemplates.F2019).Select(r => r.Code), table.Rows.Keys);
    }

    [Fact]
    public void The_2021_rows_come_in_the_contract_order()
    {
        var table = ComputeRequestTable.For([], 2023, ReportTemplates.F2021);
        Assert.Equal(
            ["1", "2", "3.1", "3.2", "3.3.1", "3.3.2", "3.3.3", "3.3.4", "3.3.5", "3.3.6", "3.3.7", "3.3.8", "3.4.1", "3.4.2", "3.4.3",
             "3.5.1", "3.5.2", "3.5.3", "3.5.4", "3.5.5", "3.6.1", "3.6.2", "3.6.3", "3.7", "4"],
            table.Rows.Keys);
        Assert.Equal(["natural", "commercial", "research", "publicWelfare", "legalService", "otherOrg", "total"], table.Columns);
    }
}
