using System.Diagnostics;
using System.Text.Json;

namespace Gongkai.IntegrationTests.Cli;

/// <summary><c>gongkai serve</c> as a process: JSON logs when asked, and a clean exit on SIGTERM (what Ctrl+C and systemd send).</summary>
public sealed class ServeProcessTests
{
    [Fact]
    public async Task Serve_logs_json_lines_and_shuts_down_gracefully_on_sigterm()
    {
        var data = Path.Combine(Path.GetTempPath(), "gongkai-tests", Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "gongkai.dll"), "serve", "--data", data, "--db", "sqlite", "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["GONGKAI_LOGGING__FORMAT"] = "json";
        start.Environment["GONGKAI_LOGGING__LOGLEVEL__MICROSOFT.HOSTING.LIFETIME"] = "Information";
        start.Environment.Remove("GONGKAI_CONNECTION");
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var lines = new List<string>();
        try
        {
            JsonElement? listening = null;
            while (listening is null && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                lines.Add(line);
                if (line.StartsWith('{'))
                {
                    var entry = JsonDocument.Parse(line).RootElement;
                    Assert.True(entry.TryGetProperty("Timestamp", out _), line);
                    Assert.True(entry.TryGetProperty("LogLevel", out _), line);
                    if (entry.GetProperty("Message").GetString()!.StartsWith("Now listening on", StringComparison.Ordinal))
                    {
                        listening = entry;
                    }
                }
            }
            Assert.True(listening is not null, "no JSON 'Now listening on' line: " + string.Join('\n', lines));

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString()]))
            {
                await kill.WaitForExitAsync(timeout.Token);
            }
            var rest = await process.StandardOutput.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Application is shutting down", rest);
            Assert.All(rest.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith('{')), l => JsonDocument.Parse(l));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            Directory.Delete(data, recursive: true);
        }
    }
}
