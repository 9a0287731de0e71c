using System.Text;
using System.Xml;
using Gongkai.Portal.Items;

namespace Gongkai.Portal.OpenData;

/// <summary>Atom 1.0 feeds of the latest published items: all, per unit, per 公开目录 node.</summary>
internal static class Feeds
{
    private const string Atom = "http://www.w3.org/2005/Atom";
    private const int Size = 50;

    public static async Task<IResult> WriteAsync(HttpContext http, ListPublicItems list, PortalSite site, PublicItemFilter filter, string title)
    {
        var items = (await list.RunAsync(filter, 1, Size, cancellationToken: http.RequestAborted)).Items;
        var owner = await site.GetAsync();
        var root = BaseUrl(http.Request);
        var self = root + http.Request.Path + http.Request.QueryString;
        var updated = items.Count > 0 ? items[0].PublishedAt : new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var buffer = new StringBuilder();
        await using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Async = true, Indent = true }))
        {
            await xml.WriteStartDocumentAsync();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, "zh-CN");
            xml.WriteElementString("id", Atom, self);
            xml.WriteElementString("title", Atom, $"{owner.Name}政府信息公开 — {title}");
            xml.WriteElementString("updated", Atom, updated.ToString("yyyy-MM-ddTHH:mm:sszzz"));
            Link(xml, self, "self");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, owner.Name);
            xml.WriteEndElement();
            foreach (var item in items)
            {
                var url = $"{root}/xxgk/items/{item.Id}";
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, url);
                xml.WriteElementString("title", Atom, item.Title);
                xml.WriteElementString("updated", Atom, item.PublishedAt.ToString("yyyy-MM-ddTHH:mm:sszzz"));
                Link(xml, url, "alternate");
                xml.WriteStartElement("author", Atom);
                xml.WriteElementString("name", Atom, item.UnitName);
                xml.WriteEndElement();
                xml.WriteElementString("summary", Atom, $"索引号：{item.IndexNumber}　发布机构：{item.UnitName}" + (item.DocumentNumber is { } n ? $"　文号：{n}" : ""));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return Results.Text(buffer.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal),
            "application/atom+xml; charset=utf-8", Encoding.UTF8);
    }

    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    private static void Link(XmlWriter xml, string href, string rel)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
