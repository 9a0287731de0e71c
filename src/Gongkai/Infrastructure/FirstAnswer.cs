namespace Gongkai.Infrastructure;

/// <summary>
/// Completes when the node has answered its first request. A node's start-up housekeeping (planner statistics, the
/// search index's reconciliation, the jobs' first pass) waits for it after the host listens
/// (<see cref="HostStarted.ListeningAsync"/>), so that on a small machine the first health check or page — what a load
/// balancer or the operator waits for — does not share the CPU with seconds of background work. A node nobody asks
/// starts its housekeeping after <see cref="Grace"/> all the same.
/// </summary>
public sealed class FirstAnswer
{
    /// <summary>How long housekeeping waits for a first request at most (wall time: it is about the machine's CPU,
    /// not domain time, so not the injected clock, which tests freeze).</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    private readonly TaskCompletionSource answered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Answered => answered.Task;

    /// <summary>First in the pipeline: marks the first answer once its response has been sent.</summary>
    public static void UseFirstAnswer(IApplicationBuilder app)
    {
        var first = app.ApplicationServices.GetRequiredService<FirstAnswer>();
        app.Use((http, next) =>
        {
            if (!first.answered.Task.IsCompleted)
            {
                http.Response.OnCompleted(() =>
                {
                    first.answered.TrySetResult();
                    return Task.CompletedTask;
                });
            }
            return next(http);
        });
    }
}
