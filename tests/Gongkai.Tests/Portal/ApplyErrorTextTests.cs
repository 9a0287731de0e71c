using System.Globalization;
using Gongkai.Infrastructure;
using Gongkai.Portal;
using Gongkai.Portal.Requests;

namespace Gongkai.Tests.Portal;

/// <summary>The request form's validation messages in English mode; in Chinese mode they stay as they are.</summary>
public sealed class ApplyErrorTextTests
{
    private static readonly Texts T = new([new PortalTexts(), new Gongkai.Admin.AdminTexts()]);

    [Theory]
    [InlineData("申请人姓名不能为空", "Applicant name is required")]
    [InlineData("单位名称不能为空", "Organisation name is required")]
    [InlineData("所需信息的名称不能超过500个字符", "Title of the information must not be longer than 500 characters")]
    [InlineData("受理单位“999”不存在", "There is no receiving unit “999”")]
    [InlineData("获取信息的方式“fax2”无效，应为：email、post", "How to receive it “fax2” is not valid; allowed: email, post")]
    [InlineData("电子邮箱格式不正确", "The email address is not valid")]
    [InlineData("请至少填写一种联系方式（电话、电子邮箱或通信地址）", "Give at least one way to contact you (phone, email or postal address)")]
    [InlineData("某个未知的消息", "某个未知的消息")]
    public void English_mode_translates_fixed_messages_and_patterns(string chinese, string english)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            Assert.Equal(english, ApplyErrorText.Translate(chinese, T));
            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            Assert.Equal(chinese, ApplyErrorText.Translate(chinese, T));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
