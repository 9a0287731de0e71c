using Microsoft.AspNetCore.Http.Extensions;

namespace Gongkai.Portal.Items;

/// <summary>
/// Page links that keep the other query values of the current request. With <see cref="Next"/> (a keyset cursor) the
/// "next page" link continues from the last row shown, so reading on page after page never pays for an offset.
/// </summary>
public sealed record Pager(int Total, int Page, int PageSize, string Path, IQueryCollection Query, int MaxPages = 1000, string? Next = null)
{
    public int Pages => Math.Min(MaxPages, Math.Max(1, (Total + PageSize - 1) / PageSize));

    public IEnumerable<int> Window()
    {
        var from = Math.Max(1, Page - 4);
        var to = Math.Min(Pages, from + 8);
        return Enumerable.Range(from, to - from + 1);
    }

    public string Link(int page) => Link(page, null);

    /// <summary>The link to the following page: by cursor when there is one.</summary>
    public string NextLink() => Link(Page + 1, Next);

    private string Link(int page, string? after)
    {
        var query = new QueryBuilder(Query.Where(q => q.Key is not ("page" or "after") && q.Value.ToString().Length > 0)
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))));
        if (page > 1)
        {
            query.Add("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        if (after is not null)
        {
            query.Add("after", after);
        }
        return Path + query.ToQueryString();
    }
}
