using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Attachments;

/// <summary>
/// Gives the county government's three latest published items real attachments built at seed time: the full text as
/// PDF (when a CJK font is installed) and, for the first, a Word version, so the portal shows and serves them.
/// </summary>
internal static class DemoAttachments
{
    public static async Task SeedAsync(AppDbContext db, TimeProvider time)
    {
        var county = await db.Units.Where(u => u.Code == "230124").Select(u => u.Id).SingleAsync();
        var items = await db.Items.AsNoTracking()
            .Where(i => i.UnitId == county && i.Status == ItemStatus.Published)
            .OrderByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id).Take(3)
            .Select(i => new { i.Id, i.Title, i.Body, i.DocumentNumber, i.PublishedAt }).ToListAsync();
        var pdf = Reports.Rendering.CjkFontResolver.KnownPaths.Any(File.Exists);
        var added = 0;
        foreach (var (item, index) in items.Select((item, index) => (item, index)))
        {
            string[] paragraphs = [.. SearchText.FromHtml(item.Body).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                $"（此件为《{item.Title}》的正式文本{(item.DocumentNumber is { } n ? "，文号" + n : "")}。）"];
            var at = item.PublishedAt ?? time.GetUtcNow().UtcDateTime;
            if (pdf)
            {
                Add(db, item.Id, at, $"{item.Title}.pdf", SimpleDocuments.Pdf(item.Title, paragraphs));
                added++;
            }
            if (index == 0 || !pdf)
            {
                Add(db, item.Id, at, $"{item.Title}（文字版）.docx", SimpleDocuments.Docx(item.Title, paragraphs));
                added++;
            }
        }
        await db.SaveBulkAsync("demoAttachments", nameof(Attachment), new { count = added });
    }

    private static void Add(AppDbContext db, long itemId, DateTime at, string name, byte[] bytes)
    {
        var file = InspectUpload.Run(name, bytes, long.MaxValue);
        db.Attachments.Add(new Attachment
        {
            ItemId = itemId, Purpose = AttachmentPurpose.Item, FileName = file.FileName, ContentType = file.Type.ContentType,
            Size = bytes.LongLength, Sha256 = file.Sha256, ExtractedText = file.Text, UploadedBy = "editor", UploadedAt = at,
            Content = new AttachmentContent { Bytes = bytes },
        });
    }
}
