using Gongkai.Accounts;
using Gongkai.Audit;
using Gongkai.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Admin.Audit;

/// <summary>The audit trail (审计日志) for administrators: filters by actor, entity, action and date, and a chain check.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityType { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityId { get; set; }
    [BindProperty(SupportsGet = true, Name = "act")] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public List<AuditEntry> Entries { get; private set; } = [];
    public AuditVerification? Verification { get; private set; }

    public Task OnGetAsync() => SearchAsync();

    public async Task OnPostVerifyAsync([FromServices] VerifyAuditChain verify)
    {
        Verification = await verify.RunAsync(HttpContext.RequestAborted);
        await SearchAsync();
    }

    /// <summary>The query string of the current filter with another page number.</summary>
    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["Actor"] = Actor, ["EntityType"] = EntityType, ["EntityId"] = EntityId, ["act"] = Action,
        ["From"] = From?.ToString("yyyy-MM-dd"), ["To"] = To?.ToString("yyyy-MM-dd"), ["p"] = page.ToString(),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToString();

    /// <summary>Beijing time, as clerks read it.</summary>
    public static string Local(DateTime utc) => utc.AddHours(8).ToString("yyyy-MM-dd HH:mm:ss");

    private async Task SearchAsync() =>
        Entries = await AuditApi.SearchAsync(db, new AuditQuery(Actor, EntityType, EntityId, Action, From, To, Math.Max(PageNumber, 1)), PageSize);
}
