using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Admin;

public sealed record TodoTask(string Title, string Href, int Count);

/// <summary>A source of to-do entries for the signed-in user; each feature registers one.</summary>
public interface ITodoSource
{
    Task<IEnumerable<TodoTask>> TasksAsync(System.Security.Claims.ClaimsPrincipal user);
}

public sealed class IndexModel(IEnumerable<ITodoSource> sources) : PageModel
{
    public List<TodoTask> Tasks { get; private set; } = [];

    public async Task OnGetAsync()
    {
        foreach (var source in sources)
        {
            Tasks.AddRange((await source.TasksAsync(User)).Where(t => t.Count > 0));
        }
    }
}
