using System.Text;
using Gongkai.Data;
using Gongkai.Portal.Items;

namespace Gongkai.Portal.OpenData;

/// <summary>Feeds, sitemap and the catalogue download.</summary>
internal static class OpenDataEndpoints
{
    private const string CsvHeader = "索引号,标题,发布机构代码,发布机构,文号,主题分类,公开目录,体裁,成文日期,发布日期,有效性,链接";

    public static void MapOpenData(this WebApplication app)
    {
        var open = app.MapGroup("").WithTags("Open data").AllowAnonymous();
        open.MapGet("/feeds/latest.atom", (HttpContext http, ListPublicItems list, PortalSite site) =>
            Feeds.WriteAsync(http, list, site, new PublicItemFilter(), "最新公开")).CacheOutput(PortalCache.ListPolicy);
        open.MapGet("/feeds/unit/{code}.atom", async (string code, HttpContext http, ListPublicItems list, PortalSite site, AppDbContext db) =>
        {
            var unit = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(
                    db.Units.Where(u => u.Code == code).Select(u => u.Name), http.RequestAborted)
                ?? throw new Infrastructure.NotFoundException($"单位“{code}”不存在");
            PortalCache.Tag(http, PortalCache.UnitTag(code));
            return await Feeds.WriteAsync(http, list, site, new PublicItemFilter(Unit: code), unit);
        }).CacheOutput(PortalCache.Policy);
        open.MapGet("/feeds/catalog/{node}.atom", (string node, HttpContext http, ListPublicItems list, PortalSite site) =>
            Feeds.WriteAsync(http, list, site, new PublicItemFilter(Category: node), CatalogNodeNames.StandardName(node))).CacheOutput(PortalCache.ListPolicy);
        open.MapGet("/sitemap.xml", Sitemap.WriteAsync).CacheOutput(PortalCache.ListPolicy);
        open.MapGet("/opendata/catalog.json", (HttpContext http, ExportCatalog export) =>
            TypedResults.Ok(export.RunAsync(Feeds.BaseUrl(http.Request), http.RequestAborted)));
        open.MapGet("/opendata/catalog.csv", async (HttpContext http, ExportCatalog export) =>
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = "attachment; filename=\"catalog.csv\"";
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(true));
            await writer.WriteLineAsync(CsvHeader);
            await foreach (var r in export.RunAsync(Feeds.BaseUrl(http.Request), http.RequestAborted))
            {
                string[] cells = [r.IndexNumber ?? "", r.Title, r.Unit, r.UnitName, r.DocumentNumber ?? "", r.Topic ?? "", r.CatalogNode ?? "", r.Kind,
                    r.FormedOn.ToString("yyyy-MM-dd"), r.PublishedAt.ToString("yyyy-MM-dd"), r.Validity, r.Url];
                await writer.WriteLineAsync(string.Join(',', cells.Select(ExportCatalog.Csv)));
            }
        });
    }
}
