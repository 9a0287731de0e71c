using Gongkai.Infrastructure;
using Gongkai.Search;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Portal.SearchPage;

/// <summary>The citizens' search page: the same query parsing and search as <c>GET /api/v1/public/search</c>.</summary>
[OutputCache(PolicyName = PortalCache.ListPolicy)]
public sealed class SearchPageModel(SearchPublished search, Data.AppDbContext db) : PageModel
{
    public SearchQuery Query { get; private set; } = new();
    public SearchResult Result { get; private set; } = SearchResult.Empty;
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string Text => Request.Query["q"].ToString();
    public List<Units.UnitView> Units { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Units = await Gongkai.Units.UnitsApi.ListAsync(db);
        try
        {
            // Each public site searches what is published to it (政府网站 website, 政务公开网 govAffairsSite).
            Query = PublicSearchApi.Parse(Request.Query) with { Channel = PortalSites.Channel(HttpContext) };
        }
        catch (ValidationException e)
        {
            Errors = e.Errors.SelectMany(x => x.Value).ToList();
            return;
        }
        if (Text.Trim().Length > 0 || Request.Query.Count > 0)
        {
            Result = await search.RunAsync(Query, HttpContext.RequestAborted);
        }
    }

    /// <summary>The hit's title with the query's words marked (HTML-escaped otherwise).</summary>
    public string TitleHtml(SearchHit hit) =>
        HighlightSnippet.Make(hit.Title, SearchText.Terms(Query.Text), 500) ?? System.Net.WebUtility.HtmlEncode(hit.Title);

    public static string FacetName(string key) => key switch
    {
        "unit" => "发布机构",
        "catalogNode" => "公开目录",
        "topic" => "主题分类",
        "year" => "发布年份",
        _ => key,
    };

    /// <summary>The query key a facet filters by, or null when the facet is shown only.</summary>
    public static string? FilterKey(string facet) => facet switch
    {
        "unit" => "unit",
        "catalogNode" => "category",
        "topic" => "topic",
        "year" => "year",
        _ => null,
    };

    public string Link(string key, string? value)
    {
        var pairs = Request.Query.Where(q => q.Key != key && q.Key != "page" && q.Key != "year" && q.Value.ToString().Length > 0)
            .ToDictionary(q => q.Key, q => q.Value.ToString());
        if (key == "year" && value is not null)
        {
            pairs["from"] = value + "-01-01";
            pairs["to"] = value + "-12-31";
        }
        else if (value is not null)
        {
            pairs[key] = value;
        }
        return "/search" + Microsoft.AspNetCore.Http.QueryString.Create(pairs!);
    }
}
