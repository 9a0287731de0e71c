using System.Globalization;
using System.Security.Claims;
using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Supervision;

public sealed record ModerationInput(string? Decision);

public sealed record RatingView(long Id, string Unit, long? ItemId, int? RequestId, string Level, string LevelName, string? Comment, string CommentStatus, DateTime CreatedAt);

public sealed record PublicComment(string LevelName, string Comment, DateOnly On);

/// <summary>Moderation of rating comments (supervisor) and the public list of approved ones.</summary>
public sealed class ModerateRatings(AppDbContext db, UnitAccess access, TimeProvider time)
{
    public async Task<List<RatingView>> ListAsync(string? status, ClaimsPrincipal user, CancellationToken ct = default)
    {
        ComputeScores.EnsureSupervisor(user);
        var scoped = await access.ScopedUnitIdsAsync(user);
        var wanted = string.IsNullOrWhiteSpace(status) ? CommentStatus.Pending
            : Enum.TryParse<CommentStatus>(status, true, out var s) ? s : throw ValidationException.For("status", "状态应为 pending、approved、rejected 或 none");
        var rows = await db.Ratings.AsNoTracking().Where(r => scoped.Contains(r.UnitId) && r.CommentStatus == wanted)
            .Join(db.Units, r => r.UnitId, u => u.Id, (r, u) => new { r, u.Code }).ToListAsync(ct);
        return rows.OrderBy(x => x.r.CreatedAt).Select(x => View(x.r, x.Code)).ToList();
    }

    public async Task<RatingView> DecideAsync(long id, ModerationInput input, ClaimsPrincipal user, CancellationToken ct = default)
    {
        ComputeScores.EnsureSupervisor(user);
        var approve = input.Decision switch
        {
            "approve" => true,
            "reject" => false,
            _ => throw ValidationException.For("decision", "审核结论须为 approve（通过）或 reject（不予显示）"),
        };
        var rating = await db.Ratings.SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException($"评价 {id} 不存在");
        await access.EnsureAsync(user, rating.UnitId, Roles.Supervisor);
        rating.Moderate(approve, time.GetUtcNow().UtcDateTime, user.Identity?.Name ?? "?");
        db.RecordAction("moderateRating", nameof(Rating), id.ToString(CultureInfo.InvariantCulture), new { decision = input.Decision });
        await db.SaveChangesAsync(ct);
        var code = await db.Units.AsNoTracking().Where(u => u.Id == rating.UnitId).Select(u => u.Code).SingleAsync(ct);
        return View(rating, code);
    }

    /// <summary>Approved comments on an item, newest first (already masked on intake).</summary>
    public async Task<List<PublicComment>> ApprovedForItemAsync(long itemId, CancellationToken ct = default)
    {
        var rows = await db.Ratings.AsNoTracking().Where(r => r.ItemId == itemId && r.CommentStatus == CommentStatus.Approved)
            .OrderByDescending(r => r.CreatedAt).Take(50).Select(r => new { r.Level, r.Comment, r.CreatedAt }).ToListAsync(ct);
        return rows.Select(r => new PublicComment(Rating.Chinese(r.Level), r.Comment!, ChinaTime.DayOf(r.CreatedAt))).ToList();
    }

    public static RatingView View(Rating r, string unit) => new(r.Id, unit, r.ItemId, r.RequestId, RequestStatusText.Camel(r.Level),
        Rating.Chinese(r.Level), r.Comment, RequestStatusText.Camel(r.CommentStatus), r.CreatedAt);
}
