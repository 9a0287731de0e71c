using System.Runtime.CompilerServices;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Portal.Items;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Search;

/// <summary>
/// The catalogue's items as the search sees them: exactly the items <see cref="PublicItems.Visible"/> shows
/// (published, not past their 废止/失效 day), with unit name, 公开目录 node, topic, kind and validity.
/// </summary>
public sealed class ItemSearchSource(AppDbContext db, TimeProvider time) : ISearchSource
{
    private const int Batch = 500;

    private sealed record Row(Item Item, string UnitCode, string UnitName);

    private IQueryable<Item> Visible() => PublicItems.Visible(db, time.GetUtcNow().UtcDateTime).AsNoTracking();

    private IQueryable<Row> Rows(IQueryable<Item> items) =>
        items.Join(db.Units, i => i.UnitId, u => u.Id, (i, u) => new Row(i, u.Code, u.Name));

    public async Task<SearchDocument?> LoadAsync(long id, CancellationToken cancellationToken = default)
    {
        var row = await Rows(Visible().Where(i => i.Id == id)).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }
        var names = await CatalogNodeNames.LoadAsync(db, [row.Item.UnitId], cancellationToken);
        return ToDocument(row, names, await AttachmentTextsAsync([id], cancellationToken));
    }

    public async Task<IReadOnlyList<SearchDocument>> LoadManyAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        var documents = new List<SearchDocument>(ids.Count);
        foreach (var chunk in ids.Chunk(Batch))
        {
            var rows = await Rows(Visible().Where(i => chunk.Contains(i.Id))).ToListAsync(cancellationToken);
            var names = await CatalogNodeNames.LoadAsync(db, rows.Select(r => r.Item.UnitId).Distinct().ToList(), cancellationToken);
            var files = await AttachmentTextsAsync(rows.Select(r => r.Item.Id).ToList(), cancellationToken);
            documents.AddRange(rows.Select(r => ToDocument(r, names, files)));
        }
        return documents;
    }

    public async IAsyncEnumerable<SearchDocument> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var names = await CatalogNodeNames.LoadAsync(db, null, cancellationToken);
        var after = 0L;
        while (true)
        {
            var rows = (await Rows(Visible().Where(i => i.Id > after).OrderBy(i => i.Id).Take(Batch)).ToListAsync(cancellationToken))
                .OrderBy(r => r.Item.Id).ToList();
            var files = await AttachmentTextsAsync(rows.Select(r => r.Item.Id).ToList(), cancellationToken);
            foreach (var row in rows)
            {
                yield return ToDocument(row, names, files);
            }
            if (rows.Count < Batch)
            {
                yield break;
            }
            after = rows[^1].Item.Id;
        }
    }

    public async Task<IReadOnlyCollection<long>> AllIdsAsync(CancellationToken cancellationToken = default) =>
        await Visible().Select(i => i.Id).ToListAsync(cancellationToken);

    /// <summary>The extracted text of the items' attachments, one query for the batch.</summary>
    private async Task<ILookup<long, string>> AttachmentTextsAsync(IReadOnlyCollection<long> itemIds, CancellationToken cancellationToken) =>
        (await db.Attachments.AsNoTracking().Where(a => a.ItemId != null && itemIds.Contains(a.ItemId.Value) && a.ExtractedText != "")
            .OrderBy(a => a.Id).Select(a => new { ItemId = a.ItemId!.Value, a.ExtractedText }).ToListAsync(cancellationToken))
        .ToLookup(a => a.ItemId, a => a.ExtractedText);

    private static SearchDocument ToDocument(Row row, CatalogNodeNames names, ILookup<long, string> files)
    {
        var i = row.Item;
        return new SearchDocument
        {
            Id = i.Id,
            Title = i.Title,
            Body = string.Join("\n", new[] { i.Summary, SearchText.FromHtml(i.Body), i.Basis, i.Procedure, i.Conditions, i.Materials }
                .Where(t => !string.IsNullOrWhiteSpace(t))),
            AttachmentText = string.Join("\n", files[i.Id]),
            Keywords = i.Keywords ?? "",
            DocumentNumber = i.DocumentNumber ?? "",
            IndexNumber = i.IndexNumber ?? "",
            UnitCode = row.UnitCode,
            UnitName = row.UnitName,
            CatalogNode = i.CatalogNode ?? "",
            CatalogNodeName = names.Name(i.UnitId, i.CatalogNode),
            Topic = i.Topic ?? "",
            Kind = PublicItems.Camel(i.Kind.ToString()),
            Validity = PublicItems.Camel(i.Validity.ToString()),
            Channels = i.Channels.ToList(),
            PublishedAt = i.PublishedAt!.Value,
        };
    }
}
