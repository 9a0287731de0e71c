using Gongkai.Infrastructure;

namespace Gongkai.Cli;

/// <summary>Dispatches <c>gongkai VERB …</c> to its command; every failure is one line on stderr and a non-zero exit.</summary>
public static class CommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        var parsed = CliArgs.Parse(args);
        var commands = Commands.All;
        var command = commands
            .OrderByDescending(c => c.Verb.Split(' ').Length)
            .FirstOrDefault(c => parsed.Words.Take(c.Verb.Split(' ').Length).SequenceEqual(c.Verb.Split(' ')));
        if (command is null)
        {
            var help = parsed.Words.Count == 0 || parsed.Words[0] is "help" or "-h" || parsed.Options.ContainsKey("help");
            (help ? Console.Out : Console.Error).WriteLine(
                (help ? "" : $"gongkai: unknown command '{string.Join(' ', parsed.Words)}'\n") +
                "usage:\n" + string.Join('\n', commands.Select(c => "  gongkai " + c.Usage)));
            return help ? 0 : 2;
        }
        try
        {
            var unknown = parsed.Options.Keys.Where(k => !command.Accepts.Contains(k)).ToList();
            if (unknown.Count > 0)
            {
                throw new UsageException($"unknown option --{unknown[0]} for '{command.Verb}' (usage: gongkai {command.Usage})");
            }
            return await command.RunAsync(parsed, parsed.Words.Skip(command.Verb.Split(' ').Length).ToList());
        }
        catch (UsageException e)
        {
            await Console.Error.WriteLineAsync($"gongkai {command.Verb}: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is StartupException or DomainException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"gongkai {command.Verb}: {e.Message}");
            return 1;
        }
    }
}
