using Gongkai.Attachments;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Portal.Items;

public sealed record PublicItemLink(long Id, string Title);

/// <summary>An attachment as the public sees it: name, type, size and where to download it.</summary>
public sealed record PublicAttachment(long Id, string FileName, string ContentType, string TypeName, long Size, string Url)
{
    public string SizeText => Gongkai.Attachments.AttachmentView.SizeText(Size);
}

public sealed record PublicItemDetail(
    long Id, string Title, string Body, string Unit, string UnitName, IReadOnlyList<string> CoIssuers, string? IndexNumber,
    string? DocumentNumber, string? Topic, string? Genre, string? CatalogNode, string CatalogNodeName, string? Keywords, string? Summary,
    DateOnly FormedOn, DateTimeOffset PublishedAt, string Validity, DateOnly? RepealedOn, string Kind, string DisclosureMode,
    IReadOnlyList<string> Channels, int Revision, PublicItemLink? Policy, IReadOnlyList<PublicItemLink> Interpretations,
    ServiceGuideView? ServiceGuide, IReadOnlyList<PublicAttachment> Attachments)
{
    public string ValidityName => Validity switch { "valid" => "有效", "lapsed" => "失效", "repealed" => "废止", _ => Validity };
}

/// <summary>
/// One published item with everything the public item page and API show. Usually one query: the item, its unit's
/// code and name, its 公开目录 node's name and whether it has interpretations or attachments come back in one row,
/// and only an item with links or files costs a second or third. The queries are compiled once and run on one
/// connection opened once: per query, EF Core's translation cache lookup and a pooled connection's open cost more
/// than SQLite's own read here (bench: <c>measure item</c>; docs/benchmarks.md, round 7).
/// </summary>
public sealed class GetPublicItem(AppDbContext db, TimeProvider time)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private sealed record Head(Item Item, string UnitCode, string UnitName, string? OwnNodeName, bool UnitHasOwnNodes, bool HasInterpretations, bool HasFiles);

    // The visibility test is PublicItems.Visible's, written out: a compiled query cannot call it.
    private static readonly Func<AppDbContext, long, DateOnly, CancellationToken, Task<Head?>> ReadHead = EF.CompileAsyncQuery(
        (AppDbContext db, long id, DateOnly today, CancellationToken _) => db.Items.AsNoTracking()
            .Where(i => i.Id == id && i.Status == ItemStatus.Published && i.PublishedAt != null && (i.RepealedOn == null || i.RepealedOn > today))
            .Join(db.Units, i => i.UnitId, u => u.Id, (i, u) => new Head(
                i, u.Code, u.Name,
                db.CatalogNodes.Where(n => n.UnitId == i.UnitId && n.Code == i.CatalogNode).Select(n => n.Name).FirstOrDefault(),
                db.CatalogNodes.Any(n => n.UnitId == i.UnitId),
                db.Items.Any(p => p.PolicyItemId == i.Id && p.Kind == ItemKind.Interpretation),
                db.Attachments.Any(a => a.ItemId == i.Id)))
            .SingleOrDefault());

    private static readonly Func<AppDbContext, long, long, DateOnly, IAsyncEnumerable<PublicItemLink>> ReadLinks = EF.CompileAsyncQuery(
        (AppDbContext db, long id, long policyId, DateOnly today) => db.Items.AsNoTracking()
            .Where(i => i.Status == ItemStatus.Published && i.PublishedAt != null && (i.RepealedOn == null || i.RepealedOn > today))
            .Where(i => (i.PolicyItemId == id && i.Kind == ItemKind.Interpretation) || i.Id == policyId)
            .OrderBy(i => i.PublishedAt)
            .Select(i => new PublicItemLink(i.Id, i.Title)));

    private static readonly Func<AppDbContext, long, IAsyncEnumerable<PublicAttachment>> ReadFiles = EF.CompileAsyncQuery(
        (AppDbContext db, long id) => db.Attachments.AsNoTracking().Where(a => a.ItemId == id).OrderBy(a => a.Id)
            .Select(a => new PublicAttachment(a.Id, a.FileName, a.ContentType, a.ContentType, a.Size, "")));

    public async Task<PublicItemDetail> RunAsync(long id, CancellationToken cancellationToken = default)
    {
        var today = Timeliness.ChinaDay(time.GetUtcNow().UtcDateTime);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var head = await ReadHead(db, id, today, cancellationToken) ?? throw new NotFoundException($"信息 {id} 不存在或未公开");
            var item = head.Item;
            var links = head.HasInterpretations || item.PolicyItemId is not null
                ? await ReadLinks(db, id, item.PolicyItemId ?? 0, today).ToListAsync(cancellationToken)
                : [];
            var files = head.HasFiles ? await ReadFiles(db, id).ToListAsync(cancellationToken) : [];
            return Detail(head, links, files);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static PublicItemDetail Detail(Head head, List<PublicItemLink> links, List<PublicAttachment> files)
    {
        var item = head.Item;
        return new PublicItemDetail(
            item.Id, item.Title, item.Body, head.UnitCode, head.UnitName, item.CoIssuers, item.IndexNumber, item.DocumentNumber, item.Topic,
            item.Genre, item.CatalogNode, CatalogNodeNames.Name(item.CatalogNode, head.OwnNodeName, head.UnitHasOwnNodes), item.Keywords,
            item.Summary, item.FormedOn, new DateTimeOffset(item.PublishedAt!.Value).ToOffset(China), PublicItems.Camel(item.Validity.ToString()),
            item.RepealedOn, PublicItems.Camel(item.Kind.ToString()), PublicItems.Camel(item.DisclosureMode.ToString()), item.Channels,
            item.Revision, links.FirstOrDefault(l => l.Id == item.PolicyItemId), links.Where(l => l.Id != item.PolicyItemId).ToList(),
            item.Kind == ItemKind.ServiceGuide
                ? new ServiceGuideView(item.Basis, item.Procedure, item.Conditions, item.Materials, item.FeeBasis, item.FeeStandard, item.ComplaintPhone)
                : null,
            files.Select(f => f with { TypeName = FileType.OfContentType(f.ContentType)?.Name ?? f.ContentType, Url = $"/xxgk/items/{item.Id}/attachments/{f.Id}" }).ToList());
    }
}
