using Gongkai.Publishing;

namespace Gongkai.Tests.Publishing;

public class ConfidentialityScannerTests
{
    [Theory]
    [InlineData("申请人身份证号230124198001011234，", "residentId", "230124********1234")]
    [InlineData("号码11010519491231002x", "residentId", "110105********002x")]
    [InlineData("旧证号230124800101123已登记", "residentId", "230124*****1123")]
    [InlineData("联系电话13912345678", "mobile", "139****5678")]
    [InlineData("电话0451-57712345", "landline", "0451-****2345")]
    [InlineData("（0451）57712345", "landline", "（0451）****2345")]
    [InlineData("卡号6222021234567894", "bankCard", "6222********7894")]
    [InlineData("邮箱zhang.san@example.com", "email", "z***@example.com")]
    [InlineData("本文件为机密", "classificationMark", "＊＊")]
    [InlineData("绝密★10年", "classificationMark", "＊＊＊＊＊＊")]
    [InlineData("★秘密", "classificationMark", "＊＊＊")]
    [InlineData("内部资料 注意保存", "classificationMark", "＊＊＊＊")]
    public void Finds_and_masks(string text, string kind, string masked)
    {
        var finding = Assert.Single(ConfidentialityScanner.Scan("body", text));
        Assert.Equal(kind, finding.Kind);
        Assert.Equal(masked, finding.Masked);
        Assert.Equal("body", finding.Field);
        Assert.Equal(text.Replace(text.Substring(finding.Position, finding.Length), masked, StringComparison.Ordinal),
            ConfidentialityScanner.Mask(text, "body", [finding]));
    }

    [Theory]
    [InlineData("身份证号230124198001011235（校验位错误）")]
    [InlineData("十七位23012419800101123不是证件号")]
    [InlineData("卡号6222021234567890校验不通过")]
    [InlineData("文号方政发〔2024〕12号，2024年10月8日")]
    [InlineData("涉及商业秘密、个人隐私的不予公开，国家秘密除外")]
    [InlineData("20位数字12345678901234567890")]
    [InlineData("编号12345678901")]
    public void Ignores_what_is_not_personal_or_classified(string text) =>
        Assert.Empty(ConfidentialityScanner.Scan("body", text));

    [Fact]
    public void Finds_listed_sensitive_words_every_time()
    {
        var findings = ConfidentialityScanner.Scan("title", "关于某某事件与某某事件的说明", ["某某事件"]);
        Assert.Equal([2, 7], findings.Select(f => f.Position));
        Assert.All(findings, f => Assert.Equal("sensitiveWord", f.Kind));
    }

    [Fact]
    public void Masking_replaces_every_finding_and_leaves_nothing_to_find()
    {
        const string text = "张三，身份证230124198001011234，手机13912345678，机密。";
        var findings = ConfidentialityScanner.Scan("body", text);
        Assert.Equal(3, findings.Count);
        var masked = ConfidentialityScanner.Mask(text, "body", findings);
        Assert.Empty(ConfidentialityScanner.Scan("body", masked));
        Assert.Contains("230124********1234", masked);
    }

    [Fact]
    public void Fingerprint_changes_with_the_findings()
    {
        var a = ConfidentialityScanner.Scan("body", "手机13912345678");
        var b = ConfidentialityScanner.Scan("body", "手机13912345679");
        Assert.Equal(ConfidentialityScanner.Fingerprint(a), ConfidentialityScanner.Fingerprint(ConfidentialityScanner.Scan("body", "手机13912345678")));
        Assert.NotEqual(ConfidentialityScanner.Fingerprint(a), ConfidentialityScanner.Fingerprint(b));
    }
}
