using System.Globalization;
using System.Security.Claims;
using Gongkai.Accounts;
using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Publishing;

/// <summary>
/// One step of the editorial workflow, gated by role and unit, audited. Editors submit; reviewers (保密审查) review
/// and may override open scan findings with a reason; approvers sign off (签发); approvers or editors publish and withdraw.
/// </summary>
public sealed class RunItemStep(AppDbContext db, UnitAccess access, TimeProvider time, ScanItem scan, PublishItem publish, Search.SearchOutbox search)
{
    public async Task<StepResult> RunAsync(long id, string step, StepInput input, ClaimsPrincipal user)
    {
        var item = await db.Items.SingleOrDefaultAsync(i => i.Id == id) ?? throw new NotFoundException($"信息 {id} 不存在");
        var (action, roles) = Resolve(step, input);
        await access.EnsureAsync(user, item.UnitId, roles);
        var at = ValidAt(input.At, item);
        var from = item.Status;
        var findings = new List<ScanFinding>();
        var duplicates = new List<DuplicateHint>();
        switch (action)
        {
            case ItemAction.Submit:
                item.Apply(action);
                findings = await scan.FindingsAsync(item);
                duplicates = await DuplicatesAsync(item);
                break;
            case ItemAction.ReviewReject or ItemAction.ApproveReject:
                if (string.IsNullOrWhiteSpace(input.Comment))
                {
                    throw ValidationException.For("comment", "退回须写明理由");
                }
                item.Apply(action, input.Comment.Trim());
                break;
            case ItemAction.ApprovePass when input.Channels is { Count: > 0 }:
                item.Channels = Gongkai.Channels.ChooseChannels.Validated(input.Channels);
                item.Apply(action);
                break;
            case ItemAction.Publish or ItemAction.Schedule:
                findings = await publish.RunAsync(item, at, input.PublishAt?.UtcDateTime);
                break;
            default:
                item.Apply(action);
                break;
        }
        if (action == ItemAction.ApprovePass && input.Screens is not null)
        {
            await Gongkai.Channels.ChooseScreens.ReplaceAsync(db, item, input.Screens);
        }
        if (action == ItemAction.Withdraw)
        {
            search.Enqueue(item.Id, Search.SearchOperation.Delete);
        }
        db.RecordAction(step, nameof(Item), id.ToString(CultureInfo.InvariantCulture),
            new { from = from.ToString(), to = item.Status.ToString(), at, input.Decision, input.Comment, findings = findings.Count });
        await db.SaveChangesAsync();
        return new StepResult(item.Id, Camel(item.Status), item.IndexNumber, item.ETag, findings, duplicates);
    }

    /// <summary>The reviewer accepts the current findings with a reason (audited); publication is then allowed.</summary>
    public async Task<StepResult> OverrideAsync(long id, StepInput input, ClaimsPrincipal user)
    {
        var item = await db.Items.SingleOrDefaultAsync(i => i.Id == id) ?? throw new NotFoundException($"信息 {id} 不存在");
        await access.EnsureAsync(user, item.UnitId, Roles.Reviewer);
        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            throw ValidationException.For("reason", "放行须写明理由");
        }
        var findings = await scan.FindingsAsync(item);
        if (findings.Count == 0)
        {
            throw new ConflictException("该信息没有保密审查发现，无需放行");
        }
        item.OverrideScan(input.Reason.Trim(), ConfidentialityScanner.Fingerprint(findings));
        db.RecordAction("scanOverride", nameof(Item), id.ToString(CultureInfo.InvariantCulture),
            new { reason = input.Reason.Trim(), findings = findings.Select(f => new { f.Field, f.Kind, f.Position, f.Masked }) });
        await db.SaveChangesAsync();
        return new StepResult(item.Id, Camel(item.Status), item.IndexNumber, item.ETag, findings, []);
    }

    public static string Camel(ItemStatus status) => JsonNamingPolicyCamel(status.ToString());

    private static string JsonNamingPolicyCamel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static (ItemAction Action, string[] Roles) Resolve(string step, StepInput input)
    {
        bool Pass()
        {
            return input.Decision switch
            {
                "pass" => true,
                "reject" => false,
                _ => throw ValidationException.For("decision", "审查结论须为 pass（通过）或 reject（退回）"),
            };
        }
        return step switch
        {
            "submit" => (ItemAction.Submit, [Roles.Editor]),
            "review" => (Pass() ? ItemAction.ReviewPass : ItemAction.ReviewReject, [Roles.Reviewer]),
            "approve" => (Pass() ? ItemAction.ApprovePass : ItemAction.ApproveReject, [Roles.Approver]),
            "publish" => (ItemAction.Publish, [Roles.Approver, Roles.Editor]),
            "withdraw" => (ItemAction.Withdraw, [Roles.Approver, Roles.Editor]),
            _ => throw new NotFoundException($"未知的操作“{step}”"),
        };
    }

    private DateTime ValidAt(DateTimeOffset? at, Item item)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (at is null)
        {
            return now;
        }
        var value = at.Value.UtcDateTime;
        if (value > now.AddMinutes(1))
        {
            throw ValidationException.For("at", "操作时间不能晚于当前时间（定时发布请用 publishAt）");
        }
        if (Timeliness.ChinaDay(value) < item.FormedOn)
        {
            throw ValidationException.For("at", "操作时间不能早于成文日期");
        }
        return value;
    }

    private async Task<List<DuplicateHint>> DuplicatesAsync(Item item)
    {
        var others = await db.Items.AsNoTracking()
            .Where(i => i.UnitId == item.UnitId && i.Id != item.Id && i.Status != ItemStatus.Withdrawn)
            .OrderByDescending(i => i.Id).Take(5000)
            .Select(i => new { i.Id, i.Title, i.Body, i.Status }).ToListAsync();
        var title = NearDuplicates.Bigrams(item.Title);
        var body = item.Body.Length > 20 ? NearDuplicates.Bigrams(item.Body) : null;
        return others
            .Where(o => NearDuplicates.Jaccard(title, NearDuplicates.Bigrams(o.Title)) >= NearDuplicates.TitleThreshold
                || (body is not null && NearDuplicates.Jaccard(body, NearDuplicates.Bigrams(o.Body)) >= NearDuplicates.BodyThreshold))
            .Take(5).Select(o => new DuplicateHint(o.Id, o.Title, Camel(o.Status))).ToList();
    }
}
