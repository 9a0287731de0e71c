namespace Gongkai.Cli;

/// <summary>One verb of the <c>gongkai</c> command line.</summary>
public interface ICliCommand
{
    /// <summary>The words that select it, e.g. <c>report annual</c>.</summary>
    string Verb { get; }

    /// <summary>One line of usage for the help text.</summary>
    string Usage { get; }

    /// <summary>The options it accepts (without <c>--</c>).</summary>
    IReadOnlySet<string> Accepts { get; }

    Task<int> RunAsync(CliArgs args, IReadOnlyList<string> positionals);
}

/// <summary>A mistake on the command line: printed as one line, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
