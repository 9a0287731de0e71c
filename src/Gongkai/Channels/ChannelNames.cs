using Gongkai.Catalog;

namespace Gongkai.Channels;

/// <summary>Chinese names of the channel kinds (渠道类型).</summary>
public static class ChannelNames
{
    public static string Chinese(string kind) => kind switch
    {
        ItemChannels.Website => "政府网站",
        ItemChannels.GovAffairsSite => "政务公开网",
        ItemChannels.ServiceHall => "服务大厅窗口屏",
        ItemChannels.Led => "LED大屏幕",
        ItemChannels.Kiosk => "触摸屏",
        ItemChannels.NewMedia => "政务新媒体",
        ItemChannels.Offline => "线下（公开栏、报纸、发布会）",
        _ => kind,
    };

    public static string? ScreenPath(ChannelTarget t) => t.Kind switch
    {
        ItemChannels.ServiceHall => $"/hall/{t.Code}",
        ItemChannels.Led => $"/led/{t.Code}",
        ItemChannels.Kiosk => $"/kiosk/{t.Code}",
        _ => null,
    };
}
