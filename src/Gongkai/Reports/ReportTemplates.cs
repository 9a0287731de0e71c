namespace Gongkai.Reports;

/// <summary>The three report formats: 2021 (国办公开办函〔2021〕30号), 2019 trial (〔2019〕60号) and the 2008-era free form.</summary>
public static class ReportTemplates
{
    public const string F2021 = "2021";
    public const string F2019 = "2019";
    public const string F2008 = "2008";

    public static readonly string[] All = [F2021, F2019, F2008];

    public static string DefaultFor(int year) => year >= 2021 ? F2021 : year >= 2019 ? F2019 : F2008;
}

/// <summary>The applicant columns of table 三, in the contract's order, and their official labels.</summary>
public static class ApplicantColumns
{
    public static readonly string[] Codes = ["natural", "commercial", "research", "publicWelfare", "legalService", "otherOrg", "total"];
    public static readonly string[] Labels = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];
    public const int Total = 6;

    public static int IndexOf(string applicantType) => Array.IndexOf(Codes, applicantType) is var i and >= 0 and < Total ? i : 5;
}
