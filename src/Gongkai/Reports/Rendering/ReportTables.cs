namespace Gongkai.Reports.Rendering;

/// <summary>Tables 二、三、四 of the 2019/2021 formats with the official labels and merged header cells.</summary>
public static class ReportTables
{
    private static TableCell H(string text, int colSpan = 1, int rowSpan = 1) => new(text, colSpan, rowSpan, Header: true);
    private static TableCell C(string text, int colSpan = 1) => new(text, colSpan);
    private static TableCell C(int value, string? cell = null) => new(ReportFigures.N(value), Cell: cell);
    private const string None = "/";

    public static IReadOnlyList<ReportTable> Proactive(AnnualReport2021 r)
    {
        var p = r.Proactive;
        if (r.Template == ReportTemplates.F2019)
        {
            return
            [
                new(4, [[H("第二十条第（一）项", 4)], [H("信息内容"), H("本年新制作数量"), H("本年新公开数量"), H("对外公开总数量")],
                    [C("规章"), C(p.Regulations.Issued, "documents:regulation:issued"), C(p.Regulations.Issued, "documents:regulation:issued"), C(p.Regulations.InForce, "documents:regulation:inForce")],
                    [C("规范性文件"), C(p.NormativeDocuments.Issued, "documents:normativeDocument:issued"), C(p.NormativeDocuments.Issued, "documents:normativeDocument:issued"), C(p.NormativeDocuments.InForce, "documents:normativeDocument:inForce")]]),
                new(4, [[H("第二十条第（五）项", 4)], [H("信息内容"), H("上一年项目数量"), H("本年增/减"), H("处理决定数量")],
                    [C("行政许可"), C(None), C(None), C(p.Licensing, "decisions:licensing")], [C("其他对外管理服务事项"), C(None), C(None), C(None)]]),
                new(4, [[H("第二十条第（六）项", 4)], [H("信息内容"), H("上一年项目数量"), H("本年增/减"), H("处理决定数量")],
                    [C("行政处罚"), C(None), C(None), C(p.Punishment, "decisions:punishment")], [C("行政强制"), C(None), C(None), C(p.Enforcement, "decisions:enforcement")]]),
                new(3, [[H("第二十条第（八）项", 3)], [H("信息内容"), H("上一年项目数量"), H("本年增/减")], [C("行政事业性收费"), C(None), C(None)]]),
                new(3, [[H("第二十条第（九）项", 3)], [H("信息内容"), H("采购项目数量"), H("采购总金额")], [C("政府集中采购"), C(None), C(None)]]),
            ];
        }
        return
        [
            new(4, [[H("第二十条第（一）项", 4)], [H("信息内容"), H("本年制发件数"), H("本年废止件数"), H("现行有效件数")],
                [C("规章"), C(p.Regulations.Issued, "documents:regulation:issued"), C(p.Regulations.Repealed, "documents:regulation:repealed"), C(p.Regulations.InForce, "documents:regulation:inForce")],
                [C("行政规范性文件"), C(p.NormativeDocuments.Issued, "documents:normativeDocument:issued"), C(p.NormativeDocuments.Repealed, "documents:normativeDocument:repealed"), C(p.NormativeDocuments.InForce, "documents:normativeDocument:inForce")]]),
            new(2, [[H("第二十条第（五）项", 2)], [H("信息内容"), H("本年处理决定数量")], [C("行政许可"), C(p.Licensing, "decisions:licensing")]]),
            new(2, [[H("第二十条第（六）项", 2)], [H("信息内容"), H("本年处理决定数量")], [C("行政处罚"), C(p.Punishment, "decisions:punishment")], [C("行政强制"), C(p.Enforcement, "decisions:enforcement")]]),
            new(2, [[H("第二十条第（八）项", 2)], [H("信息内容"), H("本年收费金额（单位：万元）")], [C("行政事业性收费"), C(ReportFigures.Wan(p.FeesWan))]]),
        ];
    }

    /// <summary>Table 三: three label columns (group, sub-group, item) then the seven applicant columns.</summary>
    public static ReportTable Requests(AnnualReport2021 r)
    {
        var rows = new List<IReadOnlyList<TableCell>>
        {
            new[] { H("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), H("申请人情况", 7) },
            new[] { H("自然人", 1, 2), H("法人或其他组织", 5), H("总计", 1, 2) },
            new[] { H("商业企业"), H("科研机构"), H("社会公益组织"), H("法律服务机构"), H("其他") },
        };
        var all = RequestRows.For(r.Template);
        for (var i = 0; i < all.Count; i++)
        {
            var row = all[i];
            var label = new List<TableCell>();
            if (row.Group is null)
            {
                label.Add(C(row.Label, 3));
            }
            else
            {
                if (i == 0 || all[i - 1].Group != row.Group)
                {
                    label.Add(H(row.Group, 1, all.Skip(i).TakeWhile(x => x.Group == row.Group).Count()));
                }
                if (row.SubGroup is null)
                {
                    label.Add(C(row.Label, 2));
                }
                else
                {
                    if (all[i - 1].SubGroup != row.SubGroup)
                    {
                        label.Add(H(row.SubGroup, 1, all.Skip(i).TakeWhile(x => x.SubGroup == row.SubGroup).Count()));
                    }
                    label.Add(C(row.Label));
                }
            }
            rows.Add([.. label, .. r.Requests.Rows[row.Code].Select((value, column) => C(value, $"requests:{row.Code}:{column}"))]);
        }
        return new ReportTable(10, rows);
    }

    public static ReportTable Appeals(AnnualReport2021 r)
    {
        string[] results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
        var a = r.Appeals;
        return new ReportTable(15,
        [
            [H("行政复议", 5, 2), H("行政诉讼", 10)],
            [H("未经复议直接起诉", 5), H("复议后起诉", 5)],
            [.. Enumerable.Range(0, 3).SelectMany(_ => results).Select(t => H(t))],
            [.. new[] { ("review", a.Review), ("litigationDirect", a.LitigationDirect), ("litigationAfterReview", a.LitigationAfterReview) }
                .SelectMany(x => new[] { (x.Item1, "upheld", x.Item2.Upheld), (x.Item1, "corrected", x.Item2.Corrected), (x.Item1, "other", x.Item2.Other),
                    (x.Item1, "pending", x.Item2.Pending), (x.Item1, "total", x.Item2.Total) })
                .Select(c => C(c.Item3, $"appeals:{c.Item1}:{c.Item2}"))],
        ]);
    }

    /// <summary>The report's sections in order, narrative and tables, for every renderer.</summary>
    public static IReadOnlyList<ReportSection> Sections(ReportDocument doc)
    {
        if (doc.Report is not AnnualReport2021 r)
        {
            return [.. doc.Narrative.Select(s => new ReportSection(s.Heading, [.. s.Paragraphs], []))];
        }
        ReportSection Text(string key) => doc.Section(key) is { } s ? new ReportSection(s.Heading, [.. s.Paragraphs], []) : new ReportSection(key, [], []);
        return
        [
            Text("1"),
            new("二、主动公开政府信息情况", [], Proactive(r)),
            new("三、收到和处理政府信息公开申请情况", [], [Requests(r)]),
            new("四、政府信息公开行政复议、行政诉讼情况", [], [Appeals(r)]),
            Text("5"),
            Text("6"),
        ];
    }
}
