using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Gongkai.Accounts;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels;

public sealed record NewMediaPackageView(long Id, string Title, string Summary, string Unit, string UnitName, string? IndexNumber,
    DateTime? PublishedAt, string Url, string Html, IReadOnlyList<string> Images, DateTime? PostedAt, string? Platform,
    string? PostedLink = null);

public sealed record PostedInput(string? Platform, DateTimeOffset? At, string? Link = null);

/// <summary>
/// The new-media export (政务新媒体) of an item sent there: title, summary, the body formatted for a WeChat/Weibo
/// editor (inline styles, no classes or scripts), its images, and the link back to the portal; staff then record
/// when and where they posted it.
/// </summary>
public sealed partial class NewMediaPackage(AppDbContext db, UnitAccess access, TimeProvider time)
{
    public async Task<NewMediaPackageView> BuildAsync(long id, string origin, ClaimsPrincipal user)
    {
        var item = await db.Items.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id) ?? throw new NotFoundException($"信息 {id} 不存在");
        await access.EnsureAsync(user, item.UnitId);
        if (!item.Channels.Contains(ItemChannels.NewMedia))
        {
            throw new ConflictException("该信息未选择“政务新媒体”渠道");
        }
        if (item.Status != ItemStatus.Published)
        {
            // Withdrawn or expired items leave every channel: no new package for the platforms.
            throw new ConflictException("该信息未发布、已撤回或已失效，不能导出新媒体稿件");
        }
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == item.UnitId).Select(u => new { u.Code, u.Name }).SingleAsync();
        var text = await db.ItemChannelTexts.AsNoTracking().SingleOrDefaultAsync(t => t.ItemId == id);
        var url = $"{origin}/xxgk/items/{id}";
        var summary = EditChannelTexts.NewMediaSummaryOf(item, text);
        var images = Images().Matches(item.Body).Select(m => m.Groups[1].Value).Select(s => s.StartsWith('/') ? origin + s : s).ToList();
        var html = $"""
            <section style="font-size:16px;line-height:1.8;color:#333">
            <h1 style="font-size:20px;font-weight:bold;text-align:center">{WebUtility.HtmlEncode(item.Title)}</h1>
            <p style="color:#888;font-size:14px">{WebUtility.HtmlEncode(unit.Name)}　{item.PublishedAt?.AddHours(8).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}</p>
            <blockquote style="border-left:4px solid #c00;padding-left:8px;color:#555">{WebUtility.HtmlEncode(summary)}</blockquote>
            {Classes().Replace(item.Body, "")}
            <p style="font-size:14px">原文链接：{WebUtility.HtmlEncode(url)}</p>
            </section>
            """;
        return new NewMediaPackageView(id, item.Title, summary, unit.Code, unit.Name, item.IndexNumber, item.PublishedAt, url, html, images,
            text?.NewMediaPostedAt, text?.NewMediaPlatform, text?.NewMediaLink);
    }

    public async Task<NewMediaPackageView> MarkPostedAsync(long id, PostedInput input, string origin, ClaimsPrincipal user)
    {
        var item = await db.Items.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id) ?? throw new NotFoundException($"信息 {id} 不存在");
        await access.EnsureAsync(user, item.UnitId, Roles.Editor);
        var errors = new ValidationErrors().Require("platform", input.Platform, "发布平台").MaxLength("platform", input.Platform, 50, "发布平台")
            .MaxLength("link", input.Link, 500, "链接");
        if (input.Link is { Length: > 0 } link && !(Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            errors.Add("link", "链接须是以 http:// 或 https:// 开头的网址");
        }
        errors.ThrowIfAny();
        if (item.Status != ItemStatus.Published || !item.Channels.Contains(ItemChannels.NewMedia))
        {
            throw new ConflictException("只有已发布且选择了“政务新媒体”渠道的信息可以登记推送");
        }
        var now = time.GetUtcNow().UtcDateTime;
        var at = input.At?.UtcDateTime ?? now;
        if (at > now.AddMinutes(1))
        {
            throw ValidationException.For("at", "推送时间不能晚于当前时间");
        }
        var text = await db.ItemChannelTexts.SingleOrDefaultAsync(t => t.ItemId == id);
        if (text is null)
        {
            text = new ItemChannelText { ItemId = id };
            db.ItemChannelTexts.Add(text);
        }
        text.MarkPosted(at, db.Actor.Name, input.Platform!.Trim(), string.IsNullOrWhiteSpace(input.Link) ? null : input.Link.Trim());
        db.ChannelDeliveries.Add(new ChannelDelivery
        {
            ItemId = id, Channel = ItemChannels.NewMedia, Action = DeliveryPlan.Delivered, Reason = "posted", Revision = item.Revision, At = at, Actor = db.Actor.Name,
        });
        db.RecordAction("newMediaPosted", nameof(Item), id.ToString(CultureInfo.InvariantCulture), new { platform = input.Platform, at, link = input.Link });
        await db.SaveChangesAsync();
        return await BuildAsync(id, origin, user);
    }

    [GeneratedRegex("<img[^>]+src=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Images();

    [GeneratedRegex("\\s(class|id)=\"[^\"]*\"", RegexOptions.IgnoreCase)]
    private static partial Regex Classes();
}
