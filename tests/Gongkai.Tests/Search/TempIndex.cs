using Gongkai.Search;

namespace Gongkai.Tests.Search;

/// <summary>A Lucene index in its own temporary folder, deleted afterwards.</summary>
public sealed class TempIndex : IDisposable
{
    public TempIndex(params SearchDocument[] documents)
    {
        Index = new LuceneSearchIndex(Folder, TimeProvider.System);
        if (documents.Length > 0)
        {
            Index.Apply(documents, []);
        }
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "gongkai-search-tests", Guid.NewGuid().ToString("N"));
    public LuceneSearchIndex Index { get; }

    public SearchResult Search(string text) => Index.Search(new SearchQuery { Text = text, PageSize = 50 });

    public static SearchDocument Doc(long id, string title, string body = "", string number = "", string unit = "230124",
        int year = 2024, string topic = "财政", string node = "01") => new()
    {
        Id = id, Title = title, Body = body, DocumentNumber = number, UnitCode = unit, UnitName = "单位" + unit,
        Topic = topic, CatalogNode = node, PublishedAt = new DateTime(year, 6, 1, 2, 0, 0, DateTimeKind.Utc),
        IndexNumber = $"11230124MB/{year}-{id:D5}", Kind = "general", Validity = "valid",
    };

    public void Dispose()
    {
        Index.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // left for the temp cleaner
        }
    }
}
