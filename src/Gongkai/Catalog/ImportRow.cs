using System.Globalization;
using System.Text.Json;
using Gongkai.Infrastructure;
using Gongkai.Publishing;

namespace Gongkai.Catalog;

/// <summary>
/// One row of an item import (pure): the item fields of the API plus <c>sourceId</c> (the key that makes a re-run
/// idempotent; when a row has none, one is derived from its unit, title, document number and date formed),
/// <c>publishedAt</c> (imported rows land as published with their own dates; when absent, the date formed at 09:00)
/// and an optional <c>indexNumber</c> (kept when given, otherwise assigned from the unit's pattern).
/// </summary>
public sealed record ImportRow(string SourceId, string UnitCode, ItemInput Input, ParsedEnums Parsed, DateTime PublishedAt, string? IndexNumber)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Reads a JSON object or a CSV record (header → value); the error is a Chinese reason.</summary>
    public static (ImportRow? Row, string? Error) FromFields(IReadOnlyDictionary<string, string?> f)
    {
        try
        {
            var input = new ItemInput
            {
                Unit = Get(f, "unit"), Title = Get(f, "title"), Body = Get(f, "body"), DocumentNumber = Get(f, "documentNumber"),
                Topic = Get(f, "topic"), Genre = Get(f, "genre"), CatalogNode = Get(f, "catalogNode"), Keywords = Get(f, "keywords"),
                Summary = Get(f, "summary"), FormedOn = Day(Get(f, "formedOn")), Kind = Get(f, "kind"), Validity = Get(f, "validity"),
                RepealedOn = Day(Get(f, "repealedOn")), DisclosureMode = Get(f, "disclosureMode"), DisclosureGround = Get(f, "disclosureGround"),
                Channels = Get(f, "channels")?.Split([';', ',', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
            };
            var errors = new ValidationErrors();
            var parsed = input.Validate(errors);
            if (Get(f, "publishedAt") is null && input.FormedOn is null)
            {
                errors.Add("publishedAt", "发布日期和成文日期不能都为空");
            }
            if (input.Kind == "interpretation")
            {
                errors.Add("kind", "导入暂不支持政策解读（须关联政策文件）");
            }
            var published = Get(f, "publishedAt") is { } p ? Instant(p)
                : input.FormedOn is { } day ? day.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc) : default;
            if (published != default && input.FormedOn is { } formed && Timeliness.ChinaDay(published) < formed)
            {
                errors.Add("publishedAt", "发布日期不能早于成文日期");
            }
            errors.ThrowIfAny();
            var sourceId = Get(f, "sourceId")?.Trim() ?? DerivedSourceId(input);
            return (new ImportRow(sourceId, input.Unit!.Trim(), input, parsed, published, Get(f, "indexNumber")?.Trim()), null);
        }
        catch (ValidationException e)
        {
            return (null, e.Message);
        }
        catch (FormatException e)
        {
            return (null, e.Message);
        }
    }

    public static (ImportRow? Row, string? Error) FromJson(string line)
    {
        Dictionary<string, JsonElement>? obj;
        try
        {
            obj = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(line, Json);
        }
        catch (JsonException)
        {
            return (null, "不是有效的 JSON");
        }
        if (obj is null)
        {
            return (null, "不是 JSON 对象");
        }
        var fields = obj.ToDictionary(p => p.Key, p => p.Value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => p.Value.GetString(),
            JsonValueKind.Array => string.Join(';', p.Value.EnumerateArray().Select(e => e.ToString())),
            _ => p.Value.GetRawText(),
        }, StringComparer.OrdinalIgnoreCase);
        return FromFields(fields);
    }

    /// <summary>The key of a row without <c>sourceId</c>: the same unit, title, 文号 and date formed are the same item.</summary>
    private static string DerivedSourceId(ItemInput input)
    {
        var key = string.Join('\u001f', input.Unit?.Trim(), input.Title?.Trim(), input.DocumentNumber?.Trim(),
            input.FormedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return "auto-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)))[..32];
    }

    private static string? Get(IReadOnlyDictionary<string, string?> f, string key) =>
        f.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;

    private static DateOnly? Day(string? text) => text is null ? null
        : DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new FormatException($"日期“{text}”格式应为 YYYY-MM-DD");

    /// <summary>A date alone means 09:00 in China; a time with offset is taken as given.</summary>
    private static DateTime Instant(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc)
            : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t.UtcDateTime
            : throw new FormatException($"发布日期“{text}”无法识别");
}
