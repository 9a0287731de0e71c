using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Portal.Items;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Portal;

/// <summary>
/// The home page's blocks (<see cref="ListPublicItems.NewestAsync"/>) read each catalogue node on its own and merge:
/// the result must be exactly the first page of the list of the node with its descendants.
/// </summary>
public sealed class NewestItemsTests(TestApp app) : IClassFixture<TestApp>
{
    [Theory]
    [InlineData("seed", null)] // a parent node: its items are in its children seed-1…seed-5
    [InlineData("art20-01", "website")]
    [InlineData("art20-05", null)]
    [InlineData("no-such-node", null)]
    public async Task The_newest_of_a_node_equal_the_first_page_of_its_list(string node, string? channel)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        var list = scope.ServiceProvider.GetRequiredService<ListPublicItems>();
        var filter = new PublicItemFilter(Category: node, Channel: channel);

        var newest = await list.NewestAsync(filter, 7);
        var page = await list.RunAsync(filter, 1, 7);

        Assert.Equal(page.Items.Select(i => i.Id), newest.Select(i => i.Id));
        if (node != "no-such-node")
        {
            Assert.NotEmpty(newest);
        }
    }
}
