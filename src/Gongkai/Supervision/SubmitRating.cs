using System.Security.Cryptography;
using System.Text;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.Publishing;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Supervision;

public sealed record RatingInput(long? ItemId, string? RequestNumber, string? QueryCode, string? Level, string? Comment);

public sealed record RatingReceipt(long Id, string Level, bool CommentPending, string? MaskedComment);

/// <summary>
/// A citizen rates a published item, or the answer to their request (number + query code, once, after it was answered).
/// The comment is masked on intake (ID numbers, phones, cards, e-mail) and waits for moderation before anyone sees it.
/// </summary>
public sealed class SubmitRating(AppDbContext db, TimeProvider time)
{
    public const int CommentMax = 500;

    public async Task<RatingReceipt> RunAsync(RatingInput input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors().MaxLength("comment", input.Comment, CommentMax, "留言");
        var level = ParseLevel(input.Level);
        if (level is null)
        {
            errors.Add("level", "请选择满意、基本满意或不满意");
        }
        var forItem = input.ItemId is not null;
        var forRequest = !string.IsNullOrWhiteSpace(input.RequestNumber);
        if (forItem == forRequest)
        {
            errors.Add(forItem ? "requestNumber" : "itemId", "请评价一条信息或一件申请的答复（二者选一）");
        }
        if (forRequest && string.IsNullOrWhiteSpace(input.QueryCode))
        {
            errors.Add("queryCode", "评价申请答复须填写查询码");
        }
        errors.ThrowIfAny();
        var comment = Mask(input.Comment);
        var now = time.GetUtcNow().UtcDateTime;
        Rating rating;
        if (forItem)
        {
            var unitId = await db.Items.AsNoTracking().Where(i => i.Id == input.ItemId && i.Status == ItemStatus.Published)
                .Select(i => (int?)i.UnitId).SingleOrDefaultAsync(ct) ?? throw new NotFoundException("该信息不存在或未公开");
            rating = Rating.Create(unitId, input.ItemId, null, level!.Value, comment, now);
        }
        else
        {
            var request = await db.Requests.AsNoTracking().Where(r => r.Number == input.RequestNumber!.Trim())
                .Select(r => new { r.Id, r.UnitId, r.QueryCode, r.Status }).SingleOrDefaultAsync(ct);
            if (request is null || !SameCode(request.QueryCode, input.QueryCode!.Trim()))
            {
                throw new NotFoundException("申请编号或查询码不正确");
            }
            if (request.Status != RequestStatus.Closed)
            {
                throw new ConflictException("该申请尚未答复，答复后才能评价");
            }
            if (await db.Ratings.AnyAsync(r => r.RequestId == request.Id, ct))
            {
                throw new ConflictException("该申请的答复已经评价过");
            }
            rating = Rating.Create(request.UnitId, null, request.Id, level!.Value, comment, now);
        }
        db.Ratings.Add(rating);
        await db.SaveChangesAsync(ct);
        return new RatingReceipt(rating.Id, RequestStatusText.Camel(rating.Level), rating.CommentStatus == CommentStatus.Pending, rating.Comment);
    }

    public static RatingLevel? ParseLevel(string? text) => text?.Trim() switch
    {
        "satisfied" or "满意" => RatingLevel.Satisfied,
        "fairlySatisfied" or "基本满意" => RatingLevel.FairlySatisfied,
        "unsatisfied" or "不满意" => RatingLevel.Unsatisfied,
        _ => null,
    };

    /// <summary>Masks personal data in a comment with the publishing scanner (sensitive-word findings are left to the moderator).</summary>
    public static string? Mask(string? comment)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            return null;
        }
        var text = comment.Trim();
        var personal = ConfidentialityScanner.Scan("comment", text).Where(f => f.Kind != ConfidentialityScanner.ClassificationMark).ToList();
        return ConfidentialityScanner.Mask(text, "comment", personal);
    }

    private static bool SameCode(string stored, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(stored), Encoding.UTF8.GetBytes(given));
}
