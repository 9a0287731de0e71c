using System.Text;

namespace Gongkai.Supervision;

/// <summary>
/// The draft of a circular (通报) from a score board (pure): ranking, units praised (前三名且≥90分) and criticised (&lt;60分),
/// the problems found with their records, and the rectification requirement.
/// </summary>
public static class ComposeCircular
{
    public const decimal PraiseFrom = 90;
    public const decimal CriticiseBelow = 60;

    public static IEnumerable<UnitScore> Praised(ScoreBoard board) => board.Units.Where(u => u.Rank <= 3 && u.Total >= PraiseFrom);

    public static IEnumerable<UnitScore> Criticised(ScoreBoard board) => board.Units.Where(u => u.Total < CriticiseBelow);

    /// <summary>Each unit's faults and missed rates, with the records behind them.</summary>
    public static IEnumerable<(UnitScore Unit, RulePoints Part)> Problems(ScoreBoard board) =>
        board.Units.SelectMany(u => u.Parts.Where(p => p.Points < p.Weight && p.Records.Count > 0).Select(p => (u, p)));

    public static (string Title, string Text) Draft(ScoreBoard board, string issuer)
    {
        var title = $"关于{board.PeriodName}政府信息公开工作考核情况的通报";
        var t = new StringBuilder();
        t.AppendLine("各乡镇人民政府，县政府各部门、各直属单位：");
        t.AppendLine($"根据《{board.Year}年度政府信息公开工作考核方案》，{issuer}依据各单位在政府信息公开平台中的工作记录，对{board.Units.Count}个单位{board.PeriodName}的政府信息公开工作进行了考核（统计截至{board.AsOf:yyyy年M月d日}）。各项得分均由平台记录自动计算，现将有关情况通报如下：");
        t.AppendLine("【一、考核排名】");
        foreach (var u in board.Units)
        {
            var adjusted = u.Adjustment != 0 ? $"（含调整{Scorecard.F(u.Adjustment)}分）" : "";
            t.AppendLine($"第{u.Rank}名　{u.UnitName}　{Scorecard.F(u.Total)}分{adjusted}");
        }
        t.AppendLine("【二、表扬单位】");
        var praised = Praised(board).ToList();
        t.AppendLine(praised.Count == 0 ? "本期没有得分在90分以上并位列前三名的单位。"
            : $"{string.Join("、", praised.Select(u => u.UnitName))}公开及时、内容完整、答复规范，予以通报表扬。");
        t.AppendLine("【三、通报批评单位】");
        var criticised = Criticised(board).ToList();
        t.AppendLine(criticised.Count == 0 ? "本期没有得分低于60分的单位。"
            : $"{string.Join("、", criticised.Select(u => u.UnitName))}得分低于60分，予以通报批评。");
        t.AppendLine("【四、发现的主要问题】");
        var problems = Problems(board).ToList();
        if (problems.Count == 0)
        {
            t.AppendLine("本期未发现问题。");
        }
        var n = 0;
        foreach (var (unit, part) in problems)
        {
            var records = string.Join("；", part.Records.Take(5).Select(r => r.Note is null ? r.Label : $"{r.Label}（{r.Note}）"));
            var more = part.Records.Count > 5 ? $"等{part.Records.Count}项" : "";
            t.AppendLine($"{++n}. {unit.UnitName}：{part.Name}，{part.Explanation}。涉及：{records}{more}。");
        }
        t.AppendLine("【五、整改要求】");
        t.AppendLine("存在问题的单位要认真对照通报逐项整改，在整改期限内通过平台报送整改情况并销号；逾期未完成整改的，纳入下一考核期扣分。");
        return (title, t.ToString().TrimEnd());
    }
}
