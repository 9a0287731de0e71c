using System.Reflection;
using System.Text.Json;

namespace Gongkai.Calendar;

/// <summary>
/// One year of the State Council's holiday notice: official days off (holidays, including weekend days
/// inside a holiday block) and make-up working days (调休上班的周末).
/// </summary>
public sealed record HolidayYear(int Year, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> Workdays)
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private sealed record Json(int Year, List<string> Holidays, List<string> Workdays);

    public static HolidayYear Parse(string json)
    {
        var raw = JsonSerializer.Deserialize<Json>(json, WebJson)
            ?? throw new FormatException("empty holiday file");
        return new HolidayYear(raw.Year,
            raw.Holidays.Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd")).ToList(),
            raw.Workdays.Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd")).ToList());
    }

    /// <summary>The years shipped with the program (2014 onward), from <c>Calendar/Holidays/*.json</c>.</summary>
    public static IReadOnlyList<HolidayYear> Bundled()
    {
        var assembly = typeof(HolidayYear).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Gongkai.Calendar.Holidays.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => Parse(Read(assembly, n)))
            .OrderBy(y => y.Year)
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
