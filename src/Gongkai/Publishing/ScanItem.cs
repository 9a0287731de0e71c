using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Publishing;

/// <summary>
/// Runs the confidentiality scan over an item's title, summary, body and the text of its attachments (field
/// <c>attachment:{id}</c>) with the current sensitive-word list. Masking rewrites the item's own text only: a file
/// with a finding must be replaced by a redacted one, or its finding overridden by the reviewer like any other.
/// </summary>
public sealed class ScanItem(AppDbContext db)
{
    public static readonly string[] Fields = ["title", "summary", "body"];

    public async Task<List<ScanFinding>> FindingsAsync(Item item)
    {
        var words = await db.SensitiveWords.AsNoTracking().Select(w => w.Word).ToListAsync();
        var files = await db.Attachments.AsNoTracking().Where(a => a.ItemId == item.Id && a.ExtractedText != "")
            .OrderBy(a => a.Id).Select(a => new { a.Id, a.ExtractedText }).ToListAsync();
        return [.. Of(item, words), .. files.SelectMany(f => ConfidentialityScanner.Scan(AttachmentField(f.Id), f.ExtractedText, words))];
    }

    public static string AttachmentField(long attachmentId) => $"attachment:{attachmentId}";

    public static List<ScanFinding> Of(Item item, IReadOnlyCollection<string> words) =>
    [
        .. ConfidentialityScanner.Scan("title", item.Title, words),
        .. ConfidentialityScanner.Scan("summary", item.Summary, words),
        .. ConfidentialityScanner.Scan("body", item.Body, words),
    ];

    /// <summary>Replaces every finding by its masked form (脱敏) in the item's text.</summary>
    public static void Mask(Item item, List<ScanFinding> findings)
    {
        item.Title = ConfidentialityScanner.Mask(item.Title, "title", findings);
        item.Summary = item.Summary is null ? null : ConfidentialityScanner.Mask(item.Summary, "summary", findings);
        item.Body = ConfidentialityScanner.Mask(item.Body, "body", findings);
    }

    public static string Describe(IEnumerable<ScanFinding> findings) =>
        string.Join("、", findings.GroupBy(f => f.Kind).Select(g => $"{KindName(g.Key)}{g.Count()}处"));

    public static string KindName(string kind) => kind switch
    {
        ConfidentialityScanner.ResidentId => "身份证号",
        ConfidentialityScanner.Mobile => "手机号码",
        ConfidentialityScanner.Landline => "固定电话",
        ConfidentialityScanner.BankCard => "银行卡号",
        ConfidentialityScanner.Email => "电子邮箱",
        ConfidentialityScanner.ClassificationMark => "密级标志",
        ConfidentialityScanner.SensitiveWord => "敏感词",
        _ => kind,
    };
}
