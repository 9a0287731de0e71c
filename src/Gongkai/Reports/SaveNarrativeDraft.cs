using System.Security.Claims;
using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Reports;

public sealed record NarrativeInput(string? Template, string? Text);

/// <summary>Saves an edited narrative section; its figures must be {placeholders} of the report, never typed numbers' stand-ins it cannot fill.</summary>
internal sealed class SaveNarrativeDraft(AppDbContext db, UnitAccess access, TimeProvider time)
{
    public async Task<NarrativeSection> RunAsync(string unitCode, int year, string section, NarrativeInput input, ClaimsPrincipal user)
    {
        var unit = await GenerateAnnualReport.ResolveUnitAsync(db, unitCode, default);
        await access.EnsureAsync(user, unit.Id, Roles.Editor, Roles.UnitAdmin);
        var (_, _, template) = GenerateAnnualReport.Validate(new ReportRequest(year, unit.Code, "self", input.Template), time.GetUtcNow().Year);
        var errors = new ValidationErrors();
        if (!NarrativeTemplates.SectionsOf(template).Contains(section))
        {
            throw new NotFoundException($"{template}年报格式没有可编辑的第{section}部分");
        }
        errors.Require("text", input.Text, "正文").MaxLength("text", input.Text, 20000, "正文");
        var sample = BuildAnnualReport.For(ReportFacts.Empty, year, unit.Code, "self", template);
        var unknown = FillPlaceholders.Unknown(input.Text ?? "", ReportFigures.Of(sample, unit.Name));
        if (unknown.Count > 0)
        {
            errors.Add("text", $"正文中的数据占位符无法识别：{string.Join("、", unknown.Select(u => "{" + u + "}"))}");
        }
        errors.ThrowIfAny();
        var draft = await db.NarrativeDrafts.FirstOrDefaultAsync(d => d.UnitId == unit.Id && d.Year == year && d.Template == template && d.Section == section);
        if (draft is null)
        {
            draft = new NarrativeDraft { UnitId = unit.Id, Year = year, Template = template, Section = section };
            db.NarrativeDrafts.Add(draft);
        }
        draft.Edit(input.Text!, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        return NarrativeTemplates.Default(template, section) with { Text = draft.Text };
    }
}
