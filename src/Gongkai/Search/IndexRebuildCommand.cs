using Gongkai.Cli;
using Gongkai.Infrastructure;
using Spectre.Console;

namespace Gongkai.Search;

/// <summary><c>index rebuild</c>: a new index from the database, with a progress bar, swapped in when complete.</summary>
internal sealed class IndexRebuildCommand : ICliCommand
{
    public string Verb => "index rebuild";
    public string Usage => "index rebuild [--data DIR] [--db sqlite|postgres] [--connection STRING]";
    public IReadOnlySet<string> Accepts { get; } = new HashSet<string>(Commands.InstanceOptions, StringComparer.OrdinalIgnoreCase);

    public async Task<int> RunAsync(CliArgs args, IReadOnlyList<string> positionals)
    {
        await using var app = await GongkaiHost.StartAsync(args.Settings());
        await using var scope = app.Services.CreateAsyncScope();
        // The source's keyset paging needs current planner statistics (a serving node refreshes them in the background).
        await Gongkai.Data.PlannerStatistics.RefreshAsync(scope.ServiceProvider.GetRequiredService<Gongkai.Data.AppDbContext>());
        var rebuild = scope.ServiceProvider.GetRequiredService<RebuildSearchIndex>();
        var total = await rebuild.CountAsync();
        RebuildSearchIndex.Outcome? outcome = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("重建搜索索引", maxValue: Math.Max(total, 1));
                outcome = await rebuild.RunAsync(done => task.Value = Math.Min(done, task.MaxValue));
                task.Value = task.MaxValue;
            });
        Console.WriteLine($"search index rebuilt: {outcome!.Documents} documents in {outcome.Folder}");
        return 0;
    }
}
