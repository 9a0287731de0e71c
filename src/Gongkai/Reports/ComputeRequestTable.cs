using Gongkai.Requests;

namespace Gongkai.Reports;

/// <summary>
/// Table 三 from the requests. A request counts once per year: in 一 when received in the year, in 二 when
/// received earlier and still open on 1 January; if closed in the year, in the row of its (single) outcome —
/// so a partial disclosure is in 3.2 only — otherwise in 四.
/// </summary>
public static class ComputeRequestTable
{
    public static RequestTable For(IEnumerable<RequestFact> requests, int year, string template)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var rows = RequestRows.For(template).ToDictionary(r => r.Code, _ => new int[ApplicantColumns.Codes.Length]);
        foreach (var r in requests)
        {
            if (r.ReceivedOn > end || (r.ReceivedOn < start && r.ClosedOn < start))
            {
                continue;
            }
            var column = ApplicantColumns.IndexOf(r.ApplicantType);
            rows[r.ReceivedOn >= start ? "1" : "2"][column]++;
            if (r.ClosedOn is { } closed && closed <= end)
            {
                // An outcome that is no row of this format is left out, and the 1+2=3.7+4 check then names it.
                if (RequestRows.RowFor(r.Outcome, template) is { } row && rows.TryGetValue(row, out var cells) && row is not ("3.7" or "1" or "2" or "4"))
                {
                    cells[column]++;
                }
            }
            else
            {
                rows["4"][column]++;
            }
        }
        var outcomeRows = RequestRows.For(template).Where(r => r.IsOutcome).Select(r => rows[r.Code]).ToList();
        for (var c = 0; c < ApplicantColumns.Total; c++)
        {
            rows["3.7"][c] = outcomeRows.Sum(cells => cells[c]);
        }
        foreach (var cells in rows.Values)
        {
            cells[ApplicantColumns.Total] = cells.Take(ApplicantColumns.Total).Sum();
        }
        return new RequestTable(ApplicantColumns.Codes, rows);
    }
}
