using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Infrastructure;

namespace Gongkai.Supervision;

public enum PeriodKind
{
    Month,
    Quarter,
    Year,
}

/// <summary>An assessment period (考核期): a month <c>2024-10</c>, a quarter <c>2024-Q4</c> or a year <c>2024</c>; days inclusive.</summary>
public sealed partial record Period(PeriodKind Kind, int Year, int Number)
{
    public DateOnly From => Kind switch
    {
        PeriodKind.Month => new DateOnly(Year, Number, 1),
        PeriodKind.Quarter => new DateOnly(Year, (Number - 1) * 3 + 1, 1),
        PeriodKind.Year => new DateOnly(Year, 1, 1),
    };

    public DateOnly To => From.AddMonths(Months).AddDays(-1);

    public int Months => Kind switch
    {
        PeriodKind.Month => 1,
        PeriodKind.Quarter => 3,
        PeriodKind.Year => 12,
    };

    public bool Contains(DateOnly day) => day >= From && day <= To;

    public string Code => Kind switch
    {
        PeriodKind.Month => $"{Year}-{Number:D2}",
        PeriodKind.Quarter => $"{Year}-Q{Number}",
        PeriodKind.Year => Year.ToString(CultureInfo.InvariantCulture),
    };

    public string Chinese => Kind switch
    {
        PeriodKind.Month => $"{Year}年{Number}月",
        PeriodKind.Quarter => $"{Year}年第{"一二三四"[Number - 1]}季度",
        PeriodKind.Year => $"{Year}年",
    };

    /// <summary>The consecutive sub-periods of <paramref name="months"/> months that make up this period.</summary>
    public IEnumerable<(DateOnly From, DateOnly To)> Slots(int months)
    {
        for (var start = From; start <= To; start = start.AddMonths(months))
        {
            yield return (start, start.AddMonths(months).AddDays(-1));
        }
    }

    public static Period OfYear(int year) => new(PeriodKind.Year, year, 1);

    public static Period Parse(string? text)
    {
        var m = Pattern().Match(text?.Trim() ?? "");
        if (m.Success)
        {
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (m.Groups["q"].Success)
            {
                return new Period(PeriodKind.Quarter, year, m.Groups["q"].Value[0] - '0');
            }
            if (m.Groups["m"].Success && int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) is var month and >= 1 and <= 12)
            {
                return new Period(PeriodKind.Month, year, month);
            }
            if (!m.Groups["m"].Success)
            {
                return OfYear(year);
            }
        }
        throw ValidationException.For("period", "考核期格式应为 2024（年）、2024-Q3（季度）或 2024-10（月）");
    }

    [GeneratedRegex(@"^(?<y>20\d\d)(?:-Q(?<q>[1-4])|-(?<m>\d{1,2}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
