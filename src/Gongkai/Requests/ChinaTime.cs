using System.Globalization;
using Gongkai.Infrastructure;

namespace Gongkai.Requests;

/// <summary>Days of the procedure are days in China (UTC+8); instants are stored in UTC.</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(utc.Add(Offset));

    public static DateOnly Today(TimeProvider time) => DayOf(time.GetUtcNow().UtcDateTime);

    /// <summary>
    /// Parses an instant with offset, or a bare date (taken as 09:00 China time, or now when that is today and still later).
    /// Null or empty → now. Never in the future. Errors go to <paramref name="errors"/> under <paramref name="field"/>.
    /// </summary>
    public static DateTime ParsePast(string? text, string field, string label, TimeProvider time, ValidationErrors errors)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (string.IsNullOrWhiteSpace(text))
        {
            return now;
        }
        DateTime result;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            result = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), Offset).UtcDateTime;
            if (result > now && day == DayOf(now))
            {
                result = now;
            }
        }
        else if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            result = instant.UtcDateTime;
        }
        else
        {
            errors.Add(field, $"{label}格式应为 YYYY-MM-DD 或带时区的时间");
            return now;
        }
        if (result > now)
        {
            errors.Add(field, $"{label}不能晚于当前时间");
        }
        return result;
    }
}
