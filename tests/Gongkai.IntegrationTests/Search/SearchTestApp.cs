using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Search;

/// <summary>The app with an in-memory <see cref="ISearchSource"/> standing in for the catalogue's published items.</summary>
public sealed class SearchTestApp : TestApp
{
    public TestSearchSource Source { get; } = new();

    protected override bool FromTemplate => false; // its index must hold only what the test source publishes

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ISearchSource>(Source);

    public SearchSync Sync => App.Services.GetRequiredService<SearchSync>();
    public ISearchIndex Index => App.Services.GetRequiredService<ISearchIndex>();

    /// <summary>Enqueues through the outbox in a unit of work of its own, as a publish or withdrawal would.</summary>
    public async Task EnqueueAsync(long id, SearchOperation operation)
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<SearchOutbox>().Enqueue(id, operation);
        await scope.ServiceProvider.GetRequiredService<Gongkai.Data.AppDbContext>().SaveChangesAsync();
    }

    public static SearchDocument Doc(long id, string title, string body = "", string number = "") => new()
    {
        Id = id, Title = title, Body = body, DocumentNumber = number, UnitCode = "230124-002", UnitName = "方正县发展和改革局",
        CatalogNode = "01", Topic = "财政", IndexNumber = $"11230124MB0000000X/2024-{id:D5}",
        PublishedAt = new DateTime(2024, 10, 8, 2, 0, 0, DateTimeKind.Utc),
    };
}

public sealed class TestSearchSource : ISearchSource
{
    private readonly ConcurrentDictionary<long, SearchDocument> documents = new();

    public void Publish(SearchDocument doc) => documents[doc.Id] = doc;

    public void Withdraw(long id) => documents.TryRemove(id, out _);

    public Task<SearchDocument?> LoadAsync(long id, CancellationToken cancellationToken = default) =>
        Task.FromResult(documents.GetValueOrDefault(id));

    public async IAsyncEnumerable<SearchDocument> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var doc in documents.Values.OrderBy(d => d.Id))
        {
            await Task.Yield();
            yield return doc;
        }
    }

    public Task<IReadOnlyCollection<long>> AllIdsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyCollection<long>>(documents.Keys.ToList());
}
