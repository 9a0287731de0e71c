using Microsoft.AspNetCore.Http.Extensions;

namespace Gongkai.Portal.Items;

/// <summary>Page links that keep the other query values of the current request.</summary>
public sealed record Pager(int Total, int Page, int PageSize, string Path, IQueryCollection Query, int MaxPages = 1000)
{
    public int Pages => Math.Min(MaxPages, Math.Max(1, (Total + PageSize - 1) / PageSize));

    public IEnumerable<int> Window()
    {
        var from = Math.Max(1, Page - 4);
        var to = Math.Min(Pages, from + 8);
        return Enumerable.Range(from, to - from + 1);
    }

    public string Link(int page)
    {
        var query = new QueryBuilder(Query.Where(q => q.Key != "page" && q.Value.ToString().Length > 0)
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))));
        if (page > 1)
        {
            query.Add("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return Path + query.ToQueryString();
    }
}
