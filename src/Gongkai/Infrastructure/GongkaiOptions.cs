namespace Gongkai.Infrastructure;

/// <summary>
/// Where the instance keeps its data and which database it uses. Bound from the root of the
/// configuration, so <c>--data</c>, <c>GONGKAI_DATA</c> and <c>"Data"</c> in appsettings.json are the same setting.
/// </summary>
public sealed class GongkaiOptions
{
    public const string DefaultDataDirectory = "./data/demo";

    /// <summary>The instance folder: the SQLite file, the search index, uploaded files, keys.</summary>
    public string Data { get; set; } = DefaultDataDirectory;

    /// <summary><c>sqlite</c> (default) or <c>postgres</c>.</summary>
    public string Db { get; set; } = "sqlite";

    /// <summary>The PostgreSQL connection string (or an explicit SQLite one).</summary>
    public string? Connection { get; set; }

    public bool UsesPostgres => string.Equals(Db, "postgres", StringComparison.OrdinalIgnoreCase);

    public string DataPath => Path.GetFullPath(Data);

    public string PathIn(params string[] parts) => Path.Combine([DataPath, .. parts]);

    public IEnumerable<string> Problems()
    {
        if (!UsesPostgres && !string.Equals(Db, "sqlite", StringComparison.OrdinalIgnoreCase))
        {
            yield return $"--db must be sqlite or postgres, not '{Db}'";
        }
        if (UsesPostgres && string.IsNullOrWhiteSpace(Connection))
        {
            yield return "--db postgres needs --connection (or GONGKAI_CONNECTION)";
        }
        if (string.IsNullOrWhiteSpace(Data))
        {
            yield return "--data must name a folder";
        }
    }
}
