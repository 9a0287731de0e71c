using Gongkai.Cli;
using Gongkai.Data;
using Gongkai.Infrastructure;

namespace Gongkai.Calendar;

/// <summary>
/// <c>calendar due --from YYYY-MM-DD --workdays N</c>: prints the due date. With an instance (<c>--data</c>, <c>--db</c>,
/// <c>--connection</c>) it uses that instance's calendar (as corrected by its administrators); otherwise the bundled one.
/// </summary>
internal sealed class CalendarDueCommand : ICliCommand
{
    public string Verb => "calendar due";
    public string Usage => "calendar due --from YYYY-MM-DD --workdays N [--data DIR]";
    public IReadOnlySet<string> Accepts { get; } =
        new HashSet<string>(["from", "workdays", .. Commands.InstanceOptions], StringComparer.OrdinalIgnoreCase);

    public async Task<int> RunAsync(CliArgs args, IReadOnlyList<string> positionals)
    {
        DateOnly start;
        int workdays;
        try
        {
            (start, workdays) = CalendarApi.ParseDue(args.Option("from"), args.Option("workdays"));
        }
        catch (ValidationException e)
        {
            throw new UsageException(e.Message);
        }
        var calendar = WorkingCalendar.Bundled;
        if (Commands.InstanceOptions.Any(o => args.Option(o) is not null))
        {
            await using var app = await GongkaiHost.StartAsync(args.Settings());
            await using var scope = app.Services.CreateAsyncScope();
            calendar = await app.Services.GetRequiredService<CalendarService>().GetAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>());
        }
        Console.WriteLine(calendar.AddWorkdays(start, workdays).ToString("yyyy-MM-dd"));
        return 0;
    }
}
