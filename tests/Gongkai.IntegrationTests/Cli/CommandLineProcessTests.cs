using System.Diagnostics;

namespace Gongkai.IntegrationTests.Cli;

/// <summary>The built <c>gongkai</c> run as a process: bad arguments give a non-zero exit and one line on stderr.</summary>
public sealed class CommandLineProcessTests
{
    [Theory]
    [InlineData("serve --db mysql --data {tmp}", 1, "--db must be sqlite or postgres, not 'mysql'")]
    [InlineData("serve --db postgres --data {tmp}", 1, "--db postgres needs --connection")]
    [InlineData("serve --port 80", 2, "unknown option --port")]
    [InlineData("frobnicate", 2, "unknown command 'frobnicate'")]
    [InlineData("backup --data {tmp}", 2, "--out FILE is required")]
    [InlineData("restore --data {tmp}", 2, "name one backup FILE")]
    public async Task Bad_arguments_exit_non_zero_with_a_one_line_reason(string arguments, int exitCode, string reason)
    {
        var tmp = Path.Combine(Path.GetTempPath(), "gongkai-tests", Guid.NewGuid().ToString("N"));
        var (code, stdout, stderr) = await RunAsync(arguments.Replace("{tmp}", tmp).Split(' '));
        Assert.True(exitCode == code, $"exit {code}; stdout: {stdout}; stderr: {stderr}");
        var firstLine = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0];
        Assert.Contains(reason, firstLine);
        Assert.DoesNotContain("   at ", stderr);
        if (!arguments.StartsWith("frobnicate", StringComparison.Ordinal))
        {
            Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "gongkai.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment.Remove("GONGKAI_DB");
        start.Environment.Remove("GONGKAI_CONNECTION");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
