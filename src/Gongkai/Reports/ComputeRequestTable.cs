using Gongkai.Requests;

namespace Gongkai.Reports;

/// <summary>
/// Table 三 from the requests. A request counts once per year (<see cref="ReportCells.RequestRowsOf"/>): in 一 when received
/// in the year, in 二 when received earlier and still open on 1 January; if closed in the year, in the row of its (single)
/// outcome — so a partial disclosure is in 3.2 only — and in （七）, otherwise in 四.
/// </summary>
public static class ComputeRequestTable
{
    public static RequestTable For(IEnumerable<RequestFact> requests, int year, string template)
    {
        var rows = RequestRows.For(template).ToDictionary(r => r.Code, _ => new int[ApplicantColumns.Codes.Length]);
        foreach (var r in requests)
        {
            var column = ApplicantColumns.IndexOf(r.ApplicantType);
            foreach (var row in ReportCells.RequestRowsOf(r, year, template))
            {
                rows[row][column]++;
            }
        }
        foreach (var cells in rows.Values)
        {
            cells[ApplicantColumns.Total] = cells.Take(ApplicantColumns.Total).Sum();
        }
        return new RequestTable(ApplicantColumns.Codes, rows);
    }
}
