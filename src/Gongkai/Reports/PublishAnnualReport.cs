using System.Security.Claims;
using System.Text.Json;
using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.Reports.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Reports;

public sealed record PublishInput(string? Scope, string? Template, string? Note);

public sealed record PublishedReportView(string Unit, string UnitName, int Year, int Edition, string Template, string Scope, string? Note, DateTime PublishedAt);

/// <summary>
/// Freezes a report: its JSON, HTML and narrative as they are now. Refused (409, naming the rule) when a check
/// fails; a second publication is a correction (更正) and needs a note.
/// </summary>
public sealed class PublishAnnualReport(AppDbContext db, GenerateAnnualReport generate, UnitAccess access, TimeProvider time)
{
    public async Task<PublishedReportView> RunAsync(string unitCode, int year, PublishInput input, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var (document, unit) = await generate.RunAsync(new ReportRequest(year, unitCode, input.Scope, input.Template), ct);
        await access.EnsureAsync(user, unit.Id, Roles.Approver, Roles.UnitAdmin);
        if (document.Report.FailedChecks is [var first, ..])
        {
            throw new ConflictException($"年度报告未通过校验，不能发布：{first.Rule}（{first.Detail}）");
        }
        var previous = await db.PublishedReports.Where(r => r.UnitId == unit.Id && r.Year == year).MaxAsync(r => (int?)r.Edition, ct) ?? 0;
        if (previous > 0 && string.IsNullOrWhiteSpace(input.Note))
        {
            throw ValidationException.For("note", $"该年度报告已发布第{previous}版，更正发布须填写更正说明");
        }
        if (input.Note?.Length > 500)
        {
            throw ValidationException.For("note", "更正说明不能超过500个字符");
        }
        var published = new PublishedReport
        {
            UnitId = unit.Id,
            UnitCode = unit.Code,
            UnitName = unit.Name,
            Year = year,
            Edition = previous + 1,
            Template = document.Report.Template,
            Scope = document.Report.Scope,
            Json = ReportJson.Serialize(document.Report),
            Html = HtmlReportRenderer.Fragment(document),
            NarrativeJson = JsonSerializer.Serialize(document.Narrative, ReportJson.Options),
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            PublishedAt = time.GetUtcNow().UtcDateTime,
            PublishedBy = user.Identity?.Name,
        };
        db.PublishedReports.Add(published);
        db.RecordAction("publish", nameof(PublishedReport), $"{unit.Code}/{year}/{published.Edition}", new { published.Template, published.Scope, published.Note });
        await db.SaveChangesAsync(ct);
        return View(published);
    }

    public static PublishedReportView View(PublishedReport r) =>
        new(r.UnitCode, r.UnitName, r.Year, r.Edition, r.Template, r.Scope, r.Note, r.PublishedAt);

    /// <summary>A frozen edition as a document every renderer can draw, exactly as it was published.</summary>
    public static ReportDocument Thaw(PublishedReport r) =>
        new(ReportJson.Deserialize(r.Json), r.UnitName, JsonSerializer.Deserialize<List<NarrativeSection>>(r.NarrativeJson, ReportJson.Options)!);
}
