using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Search;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Search;

/// <summary>A node started on an index written by an older build (format 1) rebuilds it in the background.</summary>
public sealed class IndexUpgradeTests(IndexUpgradeTests.OutdatedIndexApp app) : IClassFixture<IndexUpgradeTests.OutdatedIndexApp>
{
    [Fact]
    public async Task An_index_of_an_older_format_is_rebuilt_in_the_background_and_swapped_in()
    {
        await app.Sync.StartupReconciled;
        await app.Sync.UpgradeRebuilt;

        var index = app.App.Services.GetRequiredService<ISearchIndex>();
        Assert.False(index.NeedsRebuild);
        var current = File.ReadAllText(Path.Combine(app.DataDirectory, "search", "current"));
        Assert.NotEqual(OutdatedIndexApp.OldFolder, current);
        Assert.False(System.IO.Directory.Exists(Path.Combine(app.DataDirectory, "search", OutdatedIndexApp.OldFolder)));
        // Both documents, including the one the old index never had, found through the new 3- and 4-gram fields.
        Assert.Equal([201L, 202L], index.Search(new SearchQuery { Text = "秸秆综合利用" }).Hits.Select(h => h.Id).Order());
        Assert.Equal([202L], index.Search(new SearchQuery { Text = "禁烧令" }).Hits.Select(h => h.Id));
    }

    public sealed class OutdatedIndexApp : TestApp
    {
        public const string OldFolder = "index-format1";
        private readonly TestSearchSource source = new();

        protected override bool FromTemplate => false;

        public SearchSync Sync => App.Services.GetRequiredService<SearchSync>();

        protected override void ConfigureServices(IServiceCollection services)
        {
            source.Publish(SearchTestApp.Doc(201, "秸秆综合利用工作方案"));
            source.Publish(SearchTestApp.Doc(202, "秸秆禁烧令", "做好秸秆综合利用"));
            services.AddSingleton<ISearchSource>(source);
            // The data folder as an older build left it: one document, a commit without a format.
            var root = Path.Combine(DataDirectory, "search");
            using (var directory = FSDirectory.Open(Path.Combine(root, OldFolder)))
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(SearchFields.Version, SearchFields.CreateAnalyzer())))
            {
                writer.AddDocument(SearchFields.ToLucene(SearchTestApp.Doc(201, "秸秆综合利用工作方案")));
                writer.SetCommitData(new Dictionary<string, string> { ["outbox"] = "0" });
                writer.Commit();
            }
            SearchFolder.SwapTo(root, Path.Combine(root, OldFolder));
        }
    }
}
