using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Catalog;

public sealed class DemoItemsTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task The_2014_items_match_the_seed_report()
    {
        var units = await app.WithDbAsync(db => db.Units.Select(u => u.Id).ToListAsync());
        var facts = await app.WithDbAsync(db => DocumentFacts.ForUnitsAsync(db, units));
        var of2014 = facts.Where(f => f.PublishedOn?.Year == 2014).ToList();
        Assert.Equal(4395, of2014.Count);
        Assert.All(of2014, f => Assert.Single(f.Channels));
        var byChannel = of2014.GroupBy(f => f.Channels[0]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(972, byChannel["website"]);
        Assert.Equal(349, byChannel["govAffairsSite"]);
        Assert.Equal(1072, byChannel["serviceHall"]);
        Assert.Equal(2002, byChannel["led"] + byChannel["kiosk"] + byChannel["offline"]);
        var areas = await app.WithDbAsync(db => db.Items.Where(i => i.PublishedAt!.Value.Year == 2014).Select(i => i.CatalogNode).Distinct().ToListAsync());
        Assert.Equal(["seed-1", "seed-2", "seed-3", "seed-4", "seed-5"], areas.Order());
        Assert.Contains(facts, f => f.Kind == "normativeDocument" && f.RepealedOn is not null);
        // The demo is a county: no 规章 at all (only provinces and cities with districts make them).
        Assert.DoesNotContain(facts, f => f.Kind == "regulation");
        var indexNumbers = await app.WithDbAsync(db => db.Items.Where(i => i.IndexNumber != null).Select(i => i.IndexNumber).ToListAsync());
        Assert.Equal(indexNumbers.Count, indexNumbers.Distinct().Count());
        Assert.True(indexNumbers.Count > 4395 + 900);
    }

    [Fact]
    public async Task The_seeded_leaky_drafts_are_caught_by_the_scan()
    {
        var editor = await app.LoginAsync("editor");
        var drafts = await app.WithDbAsync(db => db.Items.Where(i => i.Status == ItemStatus.Draft && i.Title.Contains("草稿")).Select(i => i.Id).ToListAsync());
        Assert.Equal(3, drafts.Count);
        var kinds = new List<string>();
        foreach (var id in drafts)
        {
            var scan = await editor.GetFromJsonAsync<JsonElement>($"/api/v1/items/{id}/scan");
            Assert.True(scan.GetProperty("blocking").GetBoolean());
            kinds.AddRange(scan.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("kind").GetString()!));
        }
        Assert.Equal(["classificationMark", "mobile", "residentId"], kinds.Order());
    }

    [Fact]
    public async Task Service_guides_carry_all_their_fields_and_the_catalogue_tree_is_listed()
    {
        var editor = await app.LoginAsync("editor");
        var guideId = await app.WithDbAsync(db => db.Items.Where(i => i.Kind == ItemKind.ServiceGuide).Select(i => i.Id).FirstAsync());
        var guide = await editor.GetFromJsonAsync<JsonElement>($"/api/v1/items/{guideId}");
        foreach (var field in new[] { "basis", "procedure", "conditions", "materials", "feeBasis", "feeStandard", "complaintPhone" })
        {
            Assert.False(string.IsNullOrEmpty(guide.GetProperty("serviceGuide").GetProperty(field).GetString()), field);
        }
        var tree = await editor.GetFromJsonAsync<JsonElement>("/api/v1/catalog/230124-101/tree");
        Assert.Equal(["art20", "art21", "areas", "seed"], tree.EnumerateArray().Select(n => n.GetProperty("code").GetString()));
        Assert.Equal(26, tree[2].GetProperty("children").GetArrayLength());
    }
}
