using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels;

public sealed record LedMessage(long Id, string Text, DateTime PublishedAt);

public sealed record LedFeedView(string Screen, string Name, string? Place, int MaxLength, DateTime LastModified, string ETag, IReadOnlyList<LedMessage> Messages);

/// <summary>
/// The current messages of an LED screen (电子大屏幕): the newest published items sent to LED for its units, each as
/// its short text cut to the screen's limit. The ETag is a hash of the content, so a controller polling the feed gets
/// 304 until something changes; Last-Modified is the latest change of the screen or a message.
/// </summary>
public sealed class LedFeed(AppDbContext db, ScreenTargets screens)
{
    public const int DefaultMaxMessages = 20;

    public async Task<LedFeedView> BuildAsync(string code, CancellationToken cancellationToken = default)
    {
        var (target, units) = await screens.FindAsync(ItemChannels.Led, code, cancellationToken);
        var max = target.MaxLength ?? LedText.DefaultMaxLength;
        var rows = await screens.Current(target, units)
            .OrderByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id).Take(target.MaxMessages ?? DefaultMaxMessages)
            .Select(i => new { i.Id, i.Title, i.PublishedAt, i.UpdatedAt }).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var edited = await db.ItemChannelTexts.AsNoTracking().Where(t => ids.Contains(t.ItemId) && t.LedText != null)
            .ToDictionaryAsync(t => t.ItemId, t => t.LedText, cancellationToken);
        var messages = rows.Select(r => new LedMessage(r.Id, LedText.For(r.Title, edited.GetValueOrDefault(r.Id), max), r.PublishedAt!.Value)).ToList();
        var lastRemoval = await db.ChannelDeliveries.AsNoTracking().Where(d => d.Channel == ItemChannels.Led)
            .MaxAsync(d => (DateTime?)d.At, cancellationToken);
        var last = new[] { target.UpdatedAt, lastRemoval ?? DateTime.MinValue }
            .Concat(rows.Select(r => r.PublishedAt!.Value)).Concat(rows.Select(r => r.UpdatedAt)).Max();
        var body = JsonSerializer.Serialize(messages.Select(m => new { m.Id, m.Text }));
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(target.Version + "|" + max + "|" + body)))[..20] + "\"";
        return new LedFeedView(target.Code, target.Name, target.Place, max, DateTime.SpecifyKind(last, DateTimeKind.Utc), etag, messages);
    }

    /// <summary>One message a line, for controllers that take plain text.</summary>
    public static string PlainText(LedFeedView feed) => string.Concat(feed.Messages.Select(m => m.Text.Replace('\n', ' ') + "\n"));
}
