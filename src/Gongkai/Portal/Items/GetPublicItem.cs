using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Infrastructure;
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

/// <summary>One published item with everything the public item page and API show: five queries, whatever the item.</summary>
public sealed class GetPublicItem(AppDbContext db, TimeProvider time)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public async Task<PublicItemDetail> RunAsync(long id, CancellationToken cancellationToken = default)
    {
        var visible = PublicItems.Visible(db, time.GetUtcNow().UtcDateTime).AsNoTracking();
        var item = await visible.SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
            ?? throw new NotFoundException($"信息 {id} 不存在或未公开");
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == item.UnitId).Select(u => new { u.Code, u.Name }).SingleAsync(cancellationToken);
        var links = await visible.Where(i => (i.PolicyItemId == id && i.Kind == ItemKind.Interpretation) || i.Id == item.PolicyItemId)
            .OrderBy(i => i.PublishedAt).Select(i => new { i.Id, i.Title }).ToListAsync(cancellationToken);
        var names = await CatalogNodeNames.LoadAsync(db, [item.UnitId], cancellationToken);
        var files = await Gongkai.Attachments.ListAttachments.ForItemAsync(db, id, cancellationToken);
        var policy = links.Where(l => l.Id == item.PolicyItemId).Select(l => new PublicItemLink(l.Id, l.Title)).FirstOrDefault();
        return new PublicItemDetail(
            item.Id, item.Title, item.Body, unit.Code, unit.Name, item.CoIssuers, item.IndexNumber, item.DocumentNumber, item.Topic,
            item.Genre, item.CatalogNode, names.Name(item.UnitId, item.CatalogNode), item.Keywords, item.Summary, item.FormedOn,
            new DateTimeOffset(item.PublishedAt!.Value).ToOffset(China), PublicItems.Camel(item.Validity.ToString()), item.RepealedOn,
            PublicItems.Camel(item.Kind.ToString()), PublicItems.Camel(item.DisclosureMode.ToString()), item.Channels, item.Revision, policy,
            links.Where(l => l.Id != item.PolicyItemId).Select(l => new PublicItemLink(l.Id, l.Title)).ToList(),
            item.Kind == ItemKind.ServiceGuide
                ? new ServiceGuideView(item.Basis, item.Procedure, item.Conditions, item.Materials, item.FeeBasis, item.FeeStandard, item.ComplaintPhone)
                : null,
            files.Select(f => new PublicAttachment(f.Id, f.FileName, f.ContentType, f.TypeName, f.Size, $"/xxgk/items/{id}/attachments/{f.Id}")).ToList());
    }
}
