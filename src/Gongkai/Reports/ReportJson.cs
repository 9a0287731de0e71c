using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Gongkai.Reports;

/// <summary>The report JSON of CONTRACT.md: camelCase, the concrete template's shape, Chinese unescaped.</summary>
public static class ReportJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(AnnualReport report) => JsonSerializer.Serialize(report, report.GetType(), Options);

    public static AnnualReport Deserialize(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var template = doc.RootElement.GetProperty("template").GetString();
        return template == ReportTemplates.F2008
            ? JsonSerializer.Deserialize<AnnualReport2008>(json, Options)!
            : JsonSerializer.Deserialize<AnnualReport2021>(json, Options)!;
    }
}
