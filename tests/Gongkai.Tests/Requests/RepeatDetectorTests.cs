using Gongkai.Requests;

namespace Gongkai.Tests.Requests;

public sealed class RepeatDetectorTests
{
    private static readonly RepeatDetector.Candidate Earlier = new("YSQ-2024-000001", "230124198001011234", "赵六", "13700000000", "松南乡2023年低保资金发放名单");

    [Theory]
    [InlineData("230124198001011234", "赵某", null, "松南乡2023年度低保资金发放名单", true)]   // same ID, reworded subject
    [InlineData(null, "赵六", "13700000000", "松南乡2023年低保资金发放名单", true)]              // same name + phone
    [InlineData(null, "赵六", "13900000000", "松南乡2023年低保资金发放名单", false)]             // same name, other phone
    [InlineData("230124198001011234", "赵六", null, "县城供暖价格调整依据", false)]               // other subject
    public void Flags_the_same_applicant_asking_the_same_thing(string? id, string name, string? phone, string subject, bool repeat) =>
        Assert.Equal(repeat ? Earlier.Number : null, RepeatDetector.FindRepeat(id, name, phone, subject, [Earlier]));
}
