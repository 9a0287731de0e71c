using Gongkai.Catalog;
using Gongkai.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels.Kiosk;

/// <summary>One hit of the kiosk search: what the result row shows.</summary>
public sealed record KioskSearchHit(long Id, string Title);

/// <summary>The kiosk search answer: how many items of this kiosk match, and the first of them.</summary>
public sealed record KioskSearchAnswer(int Total, IReadOnlyList<KioskSearchHit> Hits);

/// <summary>
/// The kiosk search (触摸屏搜索): the public full-text search over the kiosk channel, kept to the items this kiosk
/// lists (<see cref="KioskScreen.ItemsAsync"/>) — on one screen <c>/kiosk/{screen}</c> the items targeted to other
/// screens do not appear. The index knows channels, not screens, so the hits are read page by page and matched
/// against the screen's items in the database, up to <see cref="MaxScanned"/> hits.
/// </summary>
public sealed class SearchKiosk(SearchPublished search, KioskScreen kiosk)
{
    public const int PageSize = 20;
    public const int MaxScanned = 2000;
    private const int Batch = SearchQuery.MaxPageSize;

    public async Task<KioskSearchAnswer> RunAsync(HttpContext http, string? text)
    {
        await kiosk.ResolveAsync(http); // an unknown screen is a 404
        if (string.IsNullOrWhiteSpace(text))
        {
            return new KioskSearchAnswer(0, []);
        }
        var q = text.Length > 200 ? text[..200] : text;
        var shown = await kiosk.ItemsAsync(http);
        var hits = new List<KioskSearchHit>();
        var total = 0;
        for (var page = 1; (page - 1) * Batch < MaxScanned; page++)
        {
            var result = await search.RunAsync(new SearchQuery
            {
                Text = q, Channel = ItemChannels.Kiosk, Page = page, PageSize = Batch,
            }, http.RequestAborted);
            var ids = result.Hits.Select(h => h.Id).ToList();
            var onScreen = (await shown.Where(i => ids.Contains(i.Id)).Select(i => i.Id).ToListAsync(http.RequestAborted)).ToHashSet();
            var kept = result.Hits.Where(h => onScreen.Contains(h.Id)).ToList();
            total += kept.Count;
            hits.AddRange(kept.Take(PageSize - hits.Count).Select(h => new KioskSearchHit(h.Id, h.Title)));
            if (page * Batch >= result.Total)
            {
                break;
            }
        }
        return new KioskSearchAnswer(total, hits);
    }
}
