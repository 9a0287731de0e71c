using Gongkai.Accounts;
using Gongkai.Supervision;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Admin.Supervision;

/// <summary>Moderation of public comments (the same use case as the supervision ratings API).</summary>
[Authorize(Roles = $"{Roles.Supervisor},{Roles.Admin}")]
public sealed class RatingsModel(ModerateRatings ratings) : PageModel
{
    public List<RatingView> Pending { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task OnGetAsync() => Pending = await ratings.ListAsync(null, User);

    public async Task OnPostAsync(long id, string? decision)
    {
        var view = await ratings.DecideAsync(id, new ModerationInput(decision), User);
        Message = view.CommentStatus == "approved" ? "留言已审核通过，将在门户显示。" : "留言不予显示。";
        Pending = await ratings.ListAsync(null, User);
    }
}
