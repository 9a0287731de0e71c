using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Publishing;

namespace Gongkai.Portal.Items;

/// <summary>
/// What the public may see: published items not yet past their 废止/失效 day. The one definition shared by the
/// search source, the public API, the portal pages and the feeds, so that they never disagree.
/// </summary>
public static class PublicItems
{
    public static IQueryable<Item> Visible(AppDbContext db, DateTime nowUtc)
    {
        var today = Timeliness.ChinaDay(nowUtc);
        return db.Items.Where(i => i.Status == ItemStatus.Published && i.PublishedAt != null
            && (i.RepealedOn == null || i.RepealedOn > today));
    }

    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    public static string Chinese(this Validity validity) => validity switch
    {
        Validity.Valid => "有效",
        Validity.Lapsed => "失效",
        Validity.Repealed => "废止",
    };
}
