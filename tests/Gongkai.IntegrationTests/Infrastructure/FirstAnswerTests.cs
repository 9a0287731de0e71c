using System.Diagnostics;
using Gongkai.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Infrastructure;

/// <summary>A node's start-up housekeeping waits for its first answer after it listens, or for the grace when nobody asks.</summary>
public sealed class FirstAnswerTests
{
    [Fact]
    public async Task The_first_answered_request_releases_the_housekeeping()
    {
        await using var app = await StartAsync();
        var first = app.Services.GetRequiredService<FirstAnswer>();
        Assert.False(first.Answered.IsCompleted); // started and listening, nothing answered yet

        var housekeeping = HostStarted.ListeningAsync(app.Services.GetRequiredService<IServiceScopeFactory>(), CancellationToken.None);
        var response = await app.GetTestClient().GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
        await first.Answered.WaitAsync(TimeSpan.FromSeconds(30));
        await housekeeping.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Without_a_request_the_housekeeping_starts_after_the_grace()
    {
        await using var app = await StartAsync();
        var clock = Stopwatch.StartNew();

        await HostStarted.ListeningAsync(app.Services.GetRequiredService<IServiceScopeFactory>(), CancellationToken.None);

        Assert.False(app.Services.GetRequiredService<FirstAnswer>().Answered.IsCompleted);
        Assert.True(clock.Elapsed >= FirstAnswer.Grace - TimeSpan.FromMilliseconds(50), $"released after {clock.Elapsed}");
    }

    private static async Task<WebApplication> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<FirstAnswer>();
        var app = builder.Build();
        FirstAnswer.UseFirstAnswer(app);
        app.MapGet("/", () => "ok");
        await app.StartAsync();
        return app;
    }
}
