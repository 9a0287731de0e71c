using Gongkai.Audit;
using Gongkai.Demo;

namespace Gongkai.Cli;

/// <summary>Every verb of the command line, one line each.</summary>
internal static class Commands
{
    /// <summary>The options every verb that opens an instance understands.</summary>
    public static readonly string[] InstanceOptions = ["data", "db", "connection"];

    public static IReadOnlyList<ICliCommand> All { get; } =
    [
        new DemoCommand(),
        new ServeCommand(),
        new InitCommand(),
        new AuditVerifyCommand(),
        new Gongkai.Backup.BackupCommand(),
        new Gongkai.Backup.RestoreCommand(),
        new Gongkai.Calendar.CalendarDueCommand(),
        new Gongkai.Search.IndexRebuildCommand(),
        new Gongkai.Reports.ReportAnnualCommand(),
        new Gongkai.Catalog.ImportItemsCommand(),
        new Gongkai.Catalog.ExportItemsCommand(),
    ];
}
