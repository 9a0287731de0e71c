using System.Security.Claims;
using System.Text.RegularExpressions;
using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Units;

/// <summary>Creates a unit (administrator) or edits one (administrator, or the unit's own administrator).</summary>
public sealed partial class SaveUnit(AppDbContext db, UnitAccess access)
{
    public async Task<UnitView> CreateAsync(UnitInput input, ClaimsPrincipal actor)
    {
        if (!actor.IsInRole(Roles.Admin))
        {
            throw new ForbiddenException("只有系统管理员可以新增单位");
        }
        var errors = new ValidationErrors().Require("code", input.Code, "单位代码");
        if (input.Code is { Length: > 0 } code && !CodePattern().IsMatch(code))
        {
            errors.Add("code", "单位代码只能由字母、数字、-、_、. 组成，最长32位");
        }
        input.Validate(errors);
        var kind = input.ValidatedKind(errors);
        var parentId = await ParentIdAsync(input.ParentCode, errors);
        errors.ThrowIfAny();
        if (await db.Units.AnyAsync(u => u.Code == input.Code))
        {
            throw new ConflictException($"单位代码“{input.Code}”已存在");
        }
        var unit = new Unit { Code = input.Code!.Trim(), Name = "" };
        input.ApplyTo(unit, kind, parentId);
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        return UnitView.Of(unit, input.ParentCode);
    }

    public async Task<UnitView> UpdateAsync(string code, UnitInput input, ClaimsPrincipal actor)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Code == code) ?? throw new NotFoundException($"单位“{code}”不存在");
        await access.EnsureAsync(actor, unit.Id, Roles.UnitAdmin);
        var errors = new ValidationErrors();
        input.Validate(errors);
        var kind = input.ValidatedKind(errors);
        var parentId = await ParentIdAsync(input.ParentCode, errors);
        if (parentId == unit.Id)
        {
            errors.Add("parentCode", "上级单位不能是本单位");
        }
        errors.ThrowIfAny();
        if (parentId != unit.ParentId && !actor.IsInRole(Roles.Admin))
        {
            throw new ForbiddenException("只有系统管理员可以调整单位隶属关系");
        }
        input.ApplyTo(unit, kind, parentId);
        await db.SaveChangesAsync();
        return UnitView.Of(unit, input.ParentCode);
    }

    private async Task<int?> ParentIdAsync(string? parentCode, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(parentCode))
        {
            return null;
        }
        var id = await db.Units.Where(u => u.Code == parentCode).Select(u => (int?)u.Id).SingleOrDefaultAsync();
        if (id is null)
        {
            errors.Add("parentCode", $"上级单位“{parentCode}”不存在");
        }
        return id;
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,32}$")]
    private static partial Regex CodePattern();
}
