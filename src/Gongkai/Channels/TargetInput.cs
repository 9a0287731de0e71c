using Gongkai.Catalog;
using Gongkai.Infrastructure;

namespace Gongkai.Channels;

/// <summary>The body of <c>POST/PUT /api/v1/channels/targets</c>.</summary>
public sealed record TargetInput(string? Code, string? Kind, string? Name, string? Place, List<string>? Units,
    int? MaxLength, int? MaxMessages, int? Seconds, bool? Active)
{
    public void Validate(IReadOnlySet<string> knownUnits)
    {
        var errors = new ValidationErrors()
            .Require("code", Code, "编码").MaxLength("code", Code, 40, "编码")
            .Require("kind", Kind, "渠道类型")
            .Require("name", Name, "名称").MaxLength("name", Name, 100, "名称")
            .MaxLength("place", Place, 200, "位置");
        if (Code is { Length: > 0 } && !System.Text.RegularExpressions.Regex.IsMatch(Code, "^[a-z0-9][a-z0-9-]*$"))
        {
            errors.Add("code", "编码只能包含小写字母、数字和连字符");
        }
        if (Code is "list" or "search" or "items")
        {
            errors.Add("code", $"编码“{Code}”是触摸屏页面的地址，不能用作终端编码");
        }
        if (Kind is { Length: > 0 } && !ItemChannels.All.Contains(Kind))
        {
            errors.Add("kind", $"未知的渠道类型“{Kind}”，可选：{string.Join("、", ItemChannels.All)}");
        }
        foreach (var unit in (Units ?? []).Where(u => !knownUnits.Contains(u)))
        {
            errors.Add("units", $"单位“{unit}”不存在");
        }
        if (MaxLength is < 4 or > 500)
        {
            errors.Add("maxLength", "LED 字数上限须在 4 到 500 之间");
        }
        if (MaxMessages is < 1 or > 200)
        {
            errors.Add("maxMessages", "滚动条数须在 1 到 200 之间");
        }
        if (Seconds is < 3 or > 3600)
        {
            errors.Add("seconds", "秒数须在 3 到 3600 之间");
        }
        errors.ThrowIfAny();
    }

    public void ApplyTo(ChannelTarget target, DateTime now)
    {
        (target.Kind, target.Name, target.Place) = (Kind!, Name!.Trim(), string.IsNullOrWhiteSpace(Place) ? null : Place.Trim());
        target.UnitCodes = (Units ?? []).Distinct().ToList();
        (target.MaxLength, target.MaxMessages, target.Seconds, target.Active) = (MaxLength, MaxMessages, Seconds, Active ?? true);
        target.UpdatedAt = now;
    }
}
