using System.Globalization;
using Gongkai.Infrastructure;

namespace Gongkai.Tests.Infrastructure;

public sealed class TextsTests
{
    private sealed class Catalog : ITextCatalog
    {
        public IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
        {
            ["组织机构"] = "Units",
            ["共{0}条"] = "{0} in all",
        };
    }

    [Theory]
    [InlineData("zh-CN", "组织机构", "组织机构")]
    [InlineData("en", "组织机构", "Units")]
    [InlineData("en", "没有英文", "没有英文")]
    [InlineData("zh-CN", "没有英文", "没有英文")]
    public void Translates_into_the_request_language_or_keeps_the_Chinese(string culture, string chinese, string expected)
    {
        using var _ = new UiCulture(culture);
        Assert.Equal(expected, new Texts([new Catalog()])[chinese]);
    }

    [Theory]
    [InlineData("zh-CN", "共3条", "zh-CN")]
    [InlineData("en", "3 in all", "en")]
    public void Formats_and_names_the_page_language(string culture, string expected, string lang)
    {
        using var _ = new UiCulture(culture);
        Assert.Equal(expected, new Texts([new Catalog()]).Format("共{0}条", 3));
        Assert.Equal(lang, Texts.Lang);
    }

    [Theory]
    [InlineData("待办事项")]
    [InlineData("组织机构")]
    [InlineData("人员与角色")]
    [InlineData("审计日志")]
    public void The_foundation_menu_has_English(string label)
    {
        Assert.Contains(Gongkai.Admin.AdminNavigation.Links, link => link.Label == label);
        Assert.True(new Texts([new Gongkai.Admin.AdminTexts(), new ShellTexts()]).HasEnglish(label));
    }

    private sealed class UiCulture : IDisposable
    {
        private readonly CultureInfo previous = CultureInfo.CurrentUICulture;

        public UiCulture(string name) => CultureInfo.CurrentUICulture = new CultureInfo(name);

        public void Dispose() => CultureInfo.CurrentUICulture = previous;
    }
}
