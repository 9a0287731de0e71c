namespace Gongkai.Cli;

/// <summary>
/// A parsed command line: leading words (the verb and positional arguments) and <c>--options</c>.
/// Options become configuration keys (<c>--admin-password</c> → <c>AdminPassword</c>), so every option
/// can equally come from <c>GONGKAI_ADMINPASSWORD</c> or appsettings.json.
/// </summary>
public sealed class CliArgs
{
    public List<string> Words { get; } = [];
    public Dictionary<string, string> Options { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static CliArgs Parse(IReadOnlyList<string> args)
    {
        var parsed = new CliArgs();
        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            if (!token.StartsWith("--", StringComparison.Ordinal) || token.Length == 2)
            {
                parsed.Words.Add(token);
                continue;
            }
            var name = token[2..];
            string value;
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0)
            {
                value = name[(eq + 1)..];
                name = name[..eq];
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }
            else
            {
                value = "true";
            }
            parsed.Options[name] = value;
        }
        return parsed;
    }

    public string? Option(string name) => Options.GetValueOrDefault(name);

    /// <summary>The options as configuration overrides.</summary>
    public Dictionary<string, string?> Settings() =>
        Options.ToDictionary(o => ConfigKey(o.Key), o => (string?)o.Value, StringComparer.OrdinalIgnoreCase);

    public static string ConfigKey(string option) =>
        string.Join(':', option.Split("__").Select(part =>
            string.Concat(part.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]))));
}
