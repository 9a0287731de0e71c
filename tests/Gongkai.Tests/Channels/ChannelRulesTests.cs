using Gongkai.Catalog;
using Gongkai.Channels;

namespace Gongkai.Tests.Channels;

public class ChannelRulesTests
{
    [Theory]
    [InlineData(ItemStatus.Approved, 0, "website,led", ItemStatus.Published, 1, "website,led", "website/delivered/publish|led/delivered/publish")]
    [InlineData(ItemStatus.Scheduled, 0, "kiosk", ItemStatus.Published, 1, "kiosk", "kiosk/delivered/publish")]
    [InlineData(ItemStatus.Published, 1, "website,led", ItemStatus.Withdrawn, 1, "website,led", "website/removed/withdraw|led/removed/withdraw")]
    [InlineData(ItemStatus.Published, 2, "serviceHall", ItemStatus.Expired, 2, "serviceHall", "serviceHall/removed/expire")]
    [InlineData(ItemStatus.Published, 1, "website,led", ItemStatus.Published, 2, "website,kiosk", "website/updated/revise|kiosk/delivered/revise|led/removed/revise")]
    [InlineData(ItemStatus.Published, 1, "website", ItemStatus.Published, 1, "website", "")]
    [InlineData(ItemStatus.Scheduled, 0, "website", ItemStatus.Withdrawn, 0, "website", "")]
    [InlineData(ItemStatus.Reviewed, 0, "website", ItemStatus.Approved, 0, "website", "")]
    public void Delivery_plan(ItemStatus before, int revBefore, string chBefore, ItemStatus after, int revAfter, string chAfter, string expected)
    {
        var steps = DeliveryPlan.For(before, revBefore, chBefore.Split(','), after, revAfter, chAfter.Split(','));
        Assert.Equal(expected, string.Join("|", steps.Select(s => $"{s.Channel}/{s.Action}/{s.Reason}")));
    }

    [Theory]
    [InlineData("关于2024年冬季城区集中供热开栓时间的通告", 12, "2024年冬季城区集中…")]
    [InlineData("方正县人民政府关于印发农村危房改造管理办法的通知", 60, "印发农村危房改造管理办法")]
    [InlineData("关于开展秸秆禁烧工作的通知", 60, "开展秸秆禁烧工作")]
    [InlineData("关于会议", 60, "关于会议")]
    [InlineData("  汛期  安全提示 ", 60, "汛期 安全提示")]
    [InlineData("一二三四五", 5, "一二三四五")]
    [InlineData("一二三四五六", 5, "一二三四…")]
    [InlineData("𠀀𠀁𠀂𠀃", 3, "𠀀𠀁…")]
    public void Led_text_is_derived_from_the_title_and_cut_to_the_screen(string title, int max, string expected) =>
        Assert.Equal(expected, LedText.For(title, null, max));

    [Fact]
    public void An_edited_LED_text_wins_and_is_still_cut() =>
        Assert.Equal("严禁露天焚烧…", LedText.For("关于开展秸秆禁烧工作的通知", " 严禁露天焚烧秸秆 ", 7));

    [Theory]
    [InlineData(ItemKind.ServiceGuide, null, "website,serviceHall,kiosk")]
    [InlineData(ItemKind.General, "art20-05", "website,serviceHall,kiosk")]
    [InlineData(ItemKind.NormativeDocument, "art20-01", "website,govAffairsSite")]
    [InlineData(ItemKind.General, "art20-12", "website,led,kiosk")]
    [InlineData(ItemKind.Interpretation, null, "website,newMedia")]
    [InlineData(ItemKind.General, null, "website")]
    public void Default_channels_per_kind_and_node(ItemKind kind, string? node, string expected) =>
        Assert.Equal(expected, string.Join(",", ChannelDefaults.For(kind, node)));

    [Fact]
    public void The_split_counts_each_item_once_by_its_primary_channel_and_by_channel_counts_every_channel()
    {
        IReadOnlyList<string>[] items = [["website", "led"], ["serviceHall", "website"], ["govAffairsSite"], ["led"], ["offline"], []];
        Assert.Equal(new ChannelSplitView(2, 1, 1, 2), ChannelCounts.Split(items));
        var by = ChannelCounts.ByChannel(items);
        Assert.Equal((2, 1, 1, 2, 1, 0), (by["website"], by["govAffairsSite"], by["serviceHall"], by["led"], by["offline"], by["kiosk"]));
    }
}
