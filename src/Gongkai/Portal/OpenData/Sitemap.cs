using System.Text;
using System.Xml;
using Gongkai.Data;
using Gongkai.Portal.Items;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Portal.OpenData;

/// <summary><c>/sitemap.xml</c>: the portal's sections, unit pages and the newest items (one file holds at most 50,000 URLs).</summary>
internal static class Sitemap
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const int MaxItems = 45_000;
    private static readonly string[] Sections = ["/", "/xxgk/guide", "/xxgk/rules", "/xxgk/catalog", "/xxgk/apply", "/search", "/opendata"];

    public static async Task<IResult> WriteAsync(HttpContext http, AppDbContext db, TimeProvider time)
    {
        var root = Feeds.BaseUrl(http.Request);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.SortOrder).Select(u => u.Code).ToListAsync(http.RequestAborted);
        var items = await PublicItems.Visible(db, time.GetUtcNow().UtcDateTime).AsNoTracking()
            .OrderByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id).Take(MaxItems)
            .Select(i => new { i.Id, i.PublishedAt, i.UpdatedAt }).ToListAsync(http.RequestAborted);
        var buffer = new StringBuilder();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = false }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Ns);
            foreach (var path in Sections.Concat(units.Select(u => "/xxgk/unit/" + u)))
            {
                Url(xml, root + path, null);
            }
            foreach (var item in items)
            {
                var changed = item.UpdatedAt > item.PublishedAt!.Value ? item.UpdatedAt : item.PublishedAt.Value;
                Url(xml, $"{root}/xxgk/items/{item.Id}", changed);
            }
            xml.WriteEndElement();
        }
        return Results.Text(buffer.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal),
            "application/xml; charset=utf-8", Encoding.UTF8);
    }

    private static void Url(XmlWriter xml, string loc, DateTime? changed)
    {
        xml.WriteStartElement("url", Ns);
        xml.WriteElementString("loc", Ns, loc);
        if (changed is { } c)
        {
            xml.WriteElementString("lastmod", Ns, c.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        xml.WriteEndElement();
    }
}
