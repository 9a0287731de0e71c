using System.Globalization;

namespace Gongkai.Infrastructure;

/// <summary>
/// A feature's English for its Chinese UI strings. The Chinese text is the key, so a page reads naturally
/// (<c>@T["组织机构"]</c>) and a string without English simply stays Chinese. Register one per feature:
/// <c>services.AddTexts&lt;UnitsTexts&gt;();</c>
/// </summary>
public interface ITextCatalog
{
    IReadOnlyDictionary<string, string> English { get; }
}

/// <summary>
/// The UI's words in the request's language: Simplified Chinese by default, English with <c>?culture=en</c>
/// (remembered in a cookie). Inject it in views with <c>@inject Gongkai.Infrastructure.Texts T</c>.
/// </summary>
public sealed class Texts
{
    private readonly Dictionary<string, string> english = new(StringComparer.Ordinal);

    public Texts(IEnumerable<ITextCatalog> catalogs)
    {
        foreach (var catalog in catalogs)
        {
            foreach (var (chinese, en) in catalog.English)
            {
                english[chinese] = en;
            }
        }
    }

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The value for <c>&lt;html lang&gt;</c>.</summary>
    public static string Lang => IsEnglish ? "en" : "zh-CN";

    public string this[string chinese] => IsEnglish && english.TryGetValue(chinese, out var en) ? en : chinese;

    /// <summary>A translated composite format, e.g. <c>T.Format("共{0}条", n)</c>.</summary>
    public string Format(string chinese, params object?[] args) => string.Format(CultureInfo.CurrentCulture, this[chinese], args);

    /// <summary>True when the text has an English version (tests use it to find untranslated strings).</summary>
    public bool HasEnglish(string chinese) => english.ContainsKey(chinese);
}

public static class TextsSetup
{
    public static IServiceCollection AddTexts<TCatalog>(this IServiceCollection services) where TCatalog : class, ITextCatalog =>
        services.AddSingleton<ITextCatalog, TCatalog>();

    /// <summary>Remembers <c>?culture=</c> in the culture cookie, so the choice holds on the next pages.</summary>
    public static void UseCultureCookie(this WebApplication app) => app.Use(async (http, next) =>
    {
        if (http.Request.Query["culture"] is { Count: > 0 } culture && culture.ToString() is "en" or "zh-CN")
        {
            http.Response.Cookies.Append(Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName,
                Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.MakeCookieValue(
                    new Microsoft.AspNetCore.Localization.RequestCulture(culture.ToString())),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, HttpOnly = true, IsEssential = true });
        }
        await next(http);
    });
}
