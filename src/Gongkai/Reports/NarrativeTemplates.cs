namespace Gongkai.Reports;

/// <summary>One narrative section: its key, its heading (empty for the 2008 preamble) and its paragraphs with {placeholders}.</summary>
public sealed record NarrativeSection(string Key, string Heading, string Text)
{
    public IEnumerable<string> Paragraphs => Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>
/// The default drafts: for 2008 the seed's structure with the fees section that 条例 (2007) 第三十二条(三) requires (收费及减免情况,
/// after 依申请公开 as the article orders it; the seed omitted it), sections 一、五、六 for 2019/2021.
/// </summary>
public static class NarrativeTemplates
{
    public static readonly string[] Sections2021 = ["1", "5", "6"];
    public static readonly string[] Sections2008 = ["0", "1", "2", "3", "fees", "4", "5"];

    public static IReadOnlyList<string> SectionsOf(string template) => template == ReportTemplates.F2008 ? Sections2008 : Sections2021;

    public static NarrativeSection Default(string template, string key) =>
        (template == ReportTemplates.F2008 ? Seed2008 : Format2021).Single(s => s.Key == key);

    private static readonly NarrativeSection[] Format2021 =
    [
        new("1", "一、总体情况", """
            {year}年，{unit.name}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》（以下简称《条例》），扎实推进政府信息公开工作。
            （一）主动公开。本年度制发行政规范性文件{normativeDocuments.issued}件，废止{normativeDocuments.repealed}件，截至年底现行有效{normativeDocuments.inForce}件；作出行政许可决定{licensing}件、行政处罚决定{punishment}件、行政强制决定{enforcement}件；收取行政事业性收费{feesWan}万元。
            （二）依申请公开。本年度新收政府信息公开申请{requests.received}件，上年结转{requests.carriedOver}件；本年度办结{requests.closed}件，其中予以公开{requests.granted}件，部分公开{requests.partial}件，不予公开{requests.refused}件，无法提供{requests.unavailable}件，不予处理{requests.notProcessed}件，其他处理{requests.other}件；结转下年度继续办理{requests.carriedForward}件。
            （三）政府信息管理。严格执行政府信息公开发布协调和保密审查制度，坚持“先审查、后公开”和“一事一审”，做好规范性文件的清理和动态更新。
            （四）政府信息公开平台建设。以政府门户网站为第一平台，规范政府信息公开专栏设置，及时更新栏目内容，提升公开信息的数量和质量。
            （五）监督保障。本年度因政府信息公开被申请行政复议{appeals.review}件、提起行政诉讼{appeals.litigation}件，其中被纠正{appeals.corrected}件，尚未审结{appeals.pending}件。{assessment.summary}
            """),
        new("5", "五、存在的主要问题及改进情况", """
            {year}年，{unit.name}政府信息公开工作取得了一定成效，但仍存在一些不足：一是公开内容的全面性和解读的针对性有待加强；二是依申请公开办理的规范化水平有待提高。
            {assessment.problems}
            {nextYear}年，将进一步完善公开制度，加强业务培训，规范依申请公开办理流程，持续提升政府信息公开工作质量。
            """),
        new("6", "六、其他需要报告的事项", """
            {fees.sentence}无其他需要报告的事项。
            """),
    ];

    private static readonly NarrativeSection[] Seed2008 =
    [
        new("0", "", """
            {year}年{unit.short}政府信息公开工作年度报告是按照《中华人民共和国政府信息公开条例》（以下简称《条例》）的要求，在认真总结{year}年政府信息公开工作的基础上编制形成。本年度报告包括政务公开工作开展情况、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开的收费及减免情况、政府信息公开中的行政复议和行政诉讼情况、存在的问题及{nextYear}年工作安排六部分。本年度报告所列数据统计日期自{year}年1月1日起至{year}年12月31日止。现报告如下：
            """),
        new("1", "一、政务公开工作开展情况", """
            一年来，{unit.we}政务公开工作在上级政务公开办的指导下，认真贯彻落实《条例》等文件精神，不断提高思想认识，以切实保障群众的民主权利、维护群众的切身利益为出发点和落脚点，扎实推进政务公开工作，政务公开工作已步入了日常化、制度化、规范化和信息化的轨道。
            （一）加强组织领导，健全工作机制
            {year}年{unit.we}政府信息公开工作领导小组对全年政府信息公开工作进行了统筹安排，进一步加大了重点领域的信息公开力度，做到机构、人员、经费和工作“四落实”。
            （二）规范建设，提高政务公开质量
            对照《条例》，我们主要做到“三个更加”：一是公开的内容更加充实；二是公开的时间更加及时；三是公开重点更加突出。
            （三）强化监督，确保政务公开落实
            建立健全长效管理机制，将政务公开工作与党风廉政建设、行风建设综合进行检查、考评，考评结果纳入岗位目标责任制。{assessment.summary}
            """),
        new("2", "二、主动公开政府信息情况", """
            全年主动公开各类政务信息{proactive.total}条。其中，政府网站公开{proactive.website}条、政务公开网公开{proactive.govAffairsSite}条、综合行政服务大厅（窗口）{proactive.serviceHall}条。其他公开途径，包括:专项服务大厅、电子大屏幕、触摸屏等公布{proactive.other}条。
            """),
        new("3", "三、依申请公开政府信息情况", """
            全年{unit.we}累计收到政府信息公开申请的请求{requests.received}件。已受理{requests.accepted}件。其中已答复{requests.answered}件。
            """),
        new("fees", "四、政府信息公开的收费及减免情况", """
            {fees.sentence}
            """),
        new("4", "五、政府信息公开中的行政复议和行政诉讼情况", """
            {appeals.sentence}
            """),
        new("5", "六、存在的问题及改进措施", """
            {year}年{unit.we}的政务公开工作虽然取得了一定的成绩，但仍存在一些问题和不足。一是政府信息公开部分内容还不够全面，分类细化程度不够；二是受基础硬件设施的制约，个别乡镇和部门政府信息公开离要求还有一定差距。
            {nextYear}年，{unit.we}将按照《条例》的相关规定，进一步强化领导，细化工作措施，继续推进政府信息公开工作取得新成效。
            """),
    ];
}
