using System.Runtime.CompilerServices;
using Gongkai.Data;
using Gongkai.Portal.Items;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Portal.OpenData;

public sealed record CatalogRecord(long Id, string? IndexNumber, string Title, string Unit, string UnitName, string? DocumentNumber,
    string? Topic, string? CatalogNode, string Kind, DateOnly FormedOn, DateTimeOffset PublishedAt, string Validity, string Url);

/// <summary>
/// The 政府信息公开目录 as open data (条例第十二条: 索引、名称、生成日期…): every published item's metadata, streamed in
/// id order in batches (keyset), so a million rows never sit in memory.
/// </summary>
public sealed class ExportCatalog(AppDbContext db, TimeProvider time)
{
    private const int Batch = 1000;
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public async IAsyncEnumerable<CatalogRecord> RunAsync(string baseUrl, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var after = 0L;
        while (true)
        {
            var rows = await PublicItems.Visible(db, time.GetUtcNow().UtcDateTime).AsNoTracking()
                .Where(i => i.Id > after).OrderBy(i => i.Id).Take(Batch)
                .Join(db.Units, i => i.UnitId, u => u.Id, (i, u) => new
                {
                    i.Id, i.IndexNumber, i.Title, u.Code, u.Name, i.DocumentNumber, i.Topic, i.CatalogNode, i.Kind, i.FormedOn, i.PublishedAt, i.Validity,
                })
                .ToListAsync(cancellationToken);
            foreach (var r in rows.OrderBy(r => r.Id))
            {
                yield return new CatalogRecord(r.Id, r.IndexNumber, r.Title, r.Code, r.Name, r.DocumentNumber, r.Topic, r.CatalogNode,
                    PublicItems.Camel(r.Kind.ToString()), r.FormedOn, new DateTimeOffset(r.PublishedAt!.Value).ToOffset(China),
                    PublicItems.Camel(r.Validity.ToString()), $"{baseUrl}/xxgk/items/{r.Id}");
            }
            if (rows.Count < Batch)
            {
                yield break;
            }
            after = rows.Max(r => r.Id);
        }
    }

    public static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        // A leading = + - @ would be a formula in a spreadsheet.
        var safe = value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
