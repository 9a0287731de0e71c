using Gongkai.Data;
using Gongkai.Reports;
using Gongkai.Requests;
using Gongkai.Units;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Supervision;

/// <summary>
/// The year's assessment, evaluation and rectification results for a government's annual report (条例 第五十条(四)):
/// {assessment.summary} in section 一 (监督保障) and {assessment.problems} in section 五. Empty for departments or without a scheme.
/// </summary>
internal sealed class AssessmentFigures(AppDbContext db, ComputeScores scores) : IReportFigureSource
{
    public async Task<IReadOnlyDictionary<string, string>> FiguresAsync(int unitId, int year, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == unitId, ct);
        if (unit.Kind != UnitKind.Government)
        {
            return new Dictionary<string, string>();
        }
        var codes = await GenerateAnnualReport.TreeCodesAsync(db, unitId, ct);
        var units = await db.Units.AsNoTracking().Where(u => codes.Contains(u.Code)).OrderBy(u => u.Code).ToListAsync(ct);
        var board = await scores.ScoresOfAsync(Period.OfYear(year), units, ct);
        if (board is null)
        {
            return new Dictionary<string, string>();
        }
        var ids = units.Select(u => u.Id).ToList();
        var tasks = await db.Rectifications.AsNoTracking().Where(r => ids.Contains(r.UnitId) && r.CreatedAt.Year == year)
            .Select(r => r.Status).ToListAsync(ct);
        return Compose(board, tasks.Count, tasks.Count(s => s == RectificationStatus.Closed));
    }

    /// <summary>The two sentences (pure).</summary>
    public static Dictionary<string, string> Compose(ScoreBoard board, int tasks, int closed)
    {
        var praised = ComposeCircular.Praised(board).Select(u => u.UnitName).ToList();
        var criticised = ComposeCircular.Criticised(board).Select(u => u.UnitName).ToList();
        var avg = board.Units.Count == 0 ? 0 : board.Units.Average(u => u.Total);
        var summary = $"按照《{board.Year}年度政府信息公开工作考核方案》，依据平台工作记录对{board.Units.Count}个单位进行了考核，平均得分{Scorecard.F(Math.Round(avg, 1))}分"
            + (praised.Count > 0 ? $"，{string.Join("、", praised)}受到通报表扬" : "")
            + (criticised.Count > 0 ? $"，{string.Join("、", criticised)}被通报批评" : "")
            + $"；下达整改任务{tasks}件，已整改销号{closed}件。";
        var faults = ComposeCircular.Problems(board).GroupBy(p => p.Part.Name)
            .Select(g => $"{g.Key}{g.Sum(p => p.Part.Records.Count)}项（{g.Count()}个单位）").ToList();
        var problems = faults.Count == 0 ? "" : $"年度考核发现的主要问题：{string.Join("，", faults)}，已逐项督促有关单位整改。";
        return new Dictionary<string, string> { ["assessment.summary"] = summary, ["assessment.problems"] = problems };
    }
}
