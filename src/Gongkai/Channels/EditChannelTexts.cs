using System.Globalization;
using System.Security.Claims;
using Gongkai.Accounts;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels;

public sealed record ChannelTextsInput(string? LedText, string? NewMediaSummary);

public sealed record ItemChannelsView(long Id, string Status, List<string> Channels, string LedText, bool LedTextEdited,
    string NewMediaSummary, DateTime? NewMediaPostedAt, string? NewMediaPlatform, IReadOnlyList<ChannelDelivery> Deliveries,
    IReadOnlyList<ScreenOption> Screens, int LedMaxLength, string? NewMediaLink);

/// <summary>Reads an item's channels, channel texts and delivery log; editors change the LED text and new-media summary.</summary>
public sealed class EditChannelTexts(AppDbContext db, UnitAccess access)
{
    public async Task<ItemChannelsView> GetAsync(long id, ClaimsPrincipal user)
    {
        var item = await ItemAsync(id);
        await access.EnsureAsync(user, item.UnitId);
        var text = await db.ItemChannelTexts.AsNoTracking().SingleOrDefaultAsync(t => t.ItemId == id);
        var log = await db.ChannelDeliveries.AsNoTracking().Where(d => d.ItemId == id).OrderBy(d => d.Id).ToListAsync();
        var screens = await ChooseScreens.OptionsAsync(db, item);
        return new ItemChannelsView(id, char.ToLowerInvariant(item.Status.ToString()[0]) + item.Status.ToString()[1..], item.Channels,
            LedText.For(item.Title, text?.LedText, null), !string.IsNullOrWhiteSpace(text?.LedText),
            NewMediaSummaryOf(item, text), text?.NewMediaPostedAt, text?.NewMediaPlatform, log, screens, LedLimit(screens), text?.NewMediaLink);
    }

    public async Task<ItemChannelsView> SaveAsync(long id, ChannelTextsInput input, ClaimsPrincipal user)
    {
        var item = await ItemAsync(id);
        await access.EnsureAsync(user, item.UnitId, Roles.Editor);
        var errors = new ValidationErrors().MaxLength("ledText", input.LedText, 200, "LED 短文本")
            .MaxLength("newMediaSummary", input.NewMediaSummary, 1000, "新媒体摘要");
        var screens = await ChooseScreens.OptionsAsync(db, item);
        var limit = LedLimit(screens);
        if (input.LedText is { Length: > 0 } led && new StringInfo(led.Trim()).LengthInTextElements > limit)
        {
            var tightest = screens.Where(s => s.Kind == ItemChannels.Led && s.Shows).MinBy(s => s.MaxLength ?? LedText.DefaultMaxLength);
            errors.Add("ledText", tightest is null
                ? $"LED 短文本不能超过 {limit} 字"
                : $"LED 短文本不能超过 {limit} 字（“{tightest.Name}”每条最多显示 {limit} 字）");
        }
        errors.ThrowIfAny();
        var text = await db.ItemChannelTexts.SingleOrDefaultAsync(t => t.ItemId == id);
        if (text is null)
        {
            text = new ItemChannelText { ItemId = id };
            db.ItemChannelTexts.Add(text);
        }
        text.LedText = string.IsNullOrWhiteSpace(input.LedText) ? null : input.LedText.Trim();
        text.NewMediaSummary = string.IsNullOrWhiteSpace(input.NewMediaSummary) ? null : input.NewMediaSummary.Trim();
        db.RecordAction("channelTexts", nameof(Item), id.ToString(CultureInfo.InvariantCulture), new { text.LedText, text.NewMediaSummary });
        await db.SaveChangesAsync();
        return await GetAsync(id, user);
    }

    /// <summary>The longest LED text every LED screen showing the item takes (each screen's limit, default 60).</summary>
    public static int LedLimit(IEnumerable<ScreenOption> screens) =>
        screens.Where(s => s.Kind == ItemChannels.Led && s.Shows).Select(s => s.MaxLength ?? LedText.DefaultMaxLength).DefaultIfEmpty(LedText.DefaultMaxLength).Min();

    public static string NewMediaSummaryOf(Item item, ItemChannelText? text) =>
        text?.NewMediaSummary ?? item.Summary ?? LedText.Fit(PlainText.Of(item.Body), 120);

    private async Task<Item> ItemAsync(long id) =>
        await db.Items.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id) ?? throw new NotFoundException($"信息 {id} 不存在");
}
