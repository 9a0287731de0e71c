using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Calendar;

/// <summary>One year of official days off and make-up working days as held in the database (editable by administrators).</summary>
public sealed class CalendarYear
{
    public int Year { get; init; }
    /// <summary>Days off, ISO dates separated by commas.</summary>
    public string Holidays { get; private set; } = "";
    /// <summary>Make-up working days (调休上班), ISO dates separated by commas.</summary>
    public string Workdays { get; private set; } = "";
    public string? Source { get; private set; }
    public int Version { get; set; }

    public static CalendarYear From(HolidayYear year, string? source) => new CalendarYear { Year = year.Year }.Replace(year, source);

    public CalendarYear Replace(HolidayYear year, string? source)
    {
        Holidays = string.Join(',', year.Holidays.Order().Select(d => d.ToString("yyyy-MM-dd")));
        Workdays = string.Join(',', year.Workdays.Order().Select(d => d.ToString("yyyy-MM-dd")));
        Source = source;
        return this;
    }

    public HolidayYear ToHolidayYear() => new(Year, Parse(Holidays), Parse(Workdays));

    private static List<DateOnly> Parse(string days) =>
        days.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd")).ToList();
}

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> builder)
    {
        builder.HasKey(y => y.Year);
        builder.Property(y => y.Year).ValueGeneratedNever();
        builder.Property(y => y.Holidays).HasMaxLength(2000);
        builder.Property(y => y.Workdays).HasMaxLength(2000);
        builder.Property(y => y.Source).HasMaxLength(500);
    }
}
