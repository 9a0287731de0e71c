using System.Globalization;
using System.Security.Claims;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Supervision;

public sealed record CircularInput(string? Period, string? Title, string? Text);

public sealed record CircularView(int Id, string Period, string Title, string Text, bool Issued, DateTime UpdatedAt, string Docx, string Pdf);

/// <summary>Circulars (通报): drafted from the period's scores, edited, issued, downloaded as DOCX or PDF.</summary>
public sealed class CreateCircular(AppDbContext db, ComputeScores scores, TimeProvider time)
{
    public async Task<CircularView> DraftAsync(CircularInput input, ClaimsPrincipal user, CancellationToken ct = default)
    {
        ComputeScores.EnsureSupervisor(user);
        var period = Period.Parse(input.Period);
        var board = await scores.ScoresAsync(period.Year, period.Code, null, user, ct);
        var (title, text) = ComposeCircular.Draft(board, await IssuerAsync(ct));
        var now = time.GetUtcNow().UtcDateTime;
        var circular = new Circular { Period = period.Code, CreatedAt = now };
        circular.Edit(title, text, now);
        db.Circulars.Add(circular);
        await db.SaveChangesAsync(ct);
        return View(circular);
    }

    public async Task<CircularView> EditAsync(int id, CircularInput input, ClaimsPrincipal user, CancellationToken ct = default)
    {
        ComputeScores.EnsureSupervisor(user);
        var circular = await FindAsync(id, ct);
        circular.Edit(input.Title ?? circular.Title, input.Text ?? "", time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return View(circular);
    }

    public async Task<CircularView> IssueAsync(int id, ClaimsPrincipal user, CancellationToken ct = default)
    {
        ComputeScores.EnsureSupervisor(user);
        var circular = await FindAsync(id, ct);
        circular.Issue(time.GetUtcNow().UtcDateTime);
        db.RecordAction("issueCircular", nameof(Circular), id.ToString(CultureInfo.InvariantCulture), new { circular.Period, circular.Title });
        await db.SaveChangesAsync(ct);
        return View(circular);
    }

    public async Task<(byte[] Bytes, string FileName)> DocxAsync(int id, ClaimsPrincipal user, CancellationToken ct = default)
    {
        ComputeScores.EnsureViewer(user);
        var circular = await FindAsync(id, ct);
        var day = ChinaTime.DayOf(circular.IssuedAt ?? circular.UpdatedAt);
        return (RenderCircularDocx.Render(circular.Title, circular.Text, await IssuerAsync(ct), day), $"通报-{circular.Period}.docx");
    }

    /// <summary>The same circular as PDF (CJK font embedded), beside the DOCX.</summary>
    public async Task<(byte[] Bytes, string FileName)> PdfAsync(int id, ClaimsPrincipal user, CancellationToken ct = default)
    {
        ComputeScores.EnsureViewer(user);
        var circular = await FindAsync(id, ct);
        var day = ChinaTime.DayOf(circular.IssuedAt ?? circular.UpdatedAt);
        return (RenderCircularPdf.Render(circular.Title, circular.Text, await IssuerAsync(ct), day), $"通报-{circular.Period}.pdf");
    }

    public async Task<Circular> FindAsync(int id, CancellationToken ct) =>
        await db.Circulars.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException($"通报 {id} 不存在");

    private async Task<string> IssuerAsync(CancellationToken ct)
    {
        var top = await db.Units.AsNoTracking().Where(u => u.ParentId == null).OrderBy(u => u.SortOrder).Select(u => u.Name).FirstOrDefaultAsync(ct);
        return top is null ? "政府信息公开工作主管部门" : $"{top}办公室";
    }

    public static CircularView View(Circular c) =>
        new(c.Id, c.Period, c.Title, c.Text, c.Issued, c.UpdatedAt, $"/api/v1/supervision/circulars/{c.Id}/docx", $"/api/v1/supervision/circulars/{c.Id}/pdf");
}
