using Gongkai.Catalog;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Channels;

/// <summary>The demo county's channel targets (the seed's hall windows, LED screens at the square and the city gate,
/// touch screens in the hall and a township) and a few offline records.</summary>
internal static class DemoChannels
{
    public static async Task SeedAsync(AppDbContext db)
    {
        var at = new DateTime(2024, 1, 2, 1, 0, 0, DateTimeKind.Utc);
        ChannelTarget T(string code, string kind, string name, string place, params string[] units) =>
            new() { Code = code, Kind = kind, Name = name, Place = place, UnitCodes = [.. units], UpdatedAt = at };
        var targets = new List<ChannelTarget>
        {
            T("website", ItemChannels.Website, "方正县人民政府网站", "www"),
            T("zwgk", ItemChannels.GovAffairsSite, "方正县政务公开网", "/zwgk"),
            T("hall-1", ItemChannels.ServiceHall, "综合行政服务大厅 1号窗口", "方正县行政审批服务中心一楼"),
            T("led-square", ItemChannels.Led, "休闲广场LED大屏幕", "方正县休闲广场"),
            T("led-gate", ItemChannels.Led, "进城口LED大屏幕", "哈同公路方正进城口"),
            T("kiosk-hall", ItemChannels.Kiosk, "行政服务中心触摸屏", "方正县行政审批服务中心大厅"),
            T("kiosk-town", ItemChannels.Kiosk, "方正镇政府触摸屏", "方正镇人民政府一楼", "230124-101"),
            T("wechat", ItemChannels.NewMedia, "方正发布（微信公众号）", "微信"),
            T("board-county", ItemChannels.Offline, "县政府公开栏", "方正县人民政府院内"),
        };
        targets[2].Seconds = 20;
        (targets[3].MaxLength, targets[3].MaxMessages) = (40, 20);
        (targets[4].MaxLength, targets[4].MaxMessages) = (24, 10);
        targets[5].Seconds = 90;
        targets[6].Seconds = 60;
        db.ChannelTargets.AddRange(targets);
        var county = await db.Units.AsNoTracking().Where(u => u.Code == "230124").Select(u => u.Id).SingleAsync();
        db.OfflineRecords.AddRange(
            new OfflineRecord { UnitId = county, Form = "board", On = new DateOnly(2024, 3, 15), Place = "县政府公开栏", Count = 12, CreatedAt = at },
            new OfflineRecord { UnitId = county, Form = "pressConference", On = new DateOnly(2024, 6, 20), Place = "县政府第一会议室", Count = 3, CreatedAt = at },
            new OfflineRecord { UnitId = county, Form = "newspaper", On = new DateOnly(2024, 9, 5), Place = "《方正报》第二版", Count = 5, CreatedAt = at });
        await db.SaveChangesAsync();
    }
}
