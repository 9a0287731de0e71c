using Gongkai.Portal.PageBytes;
using Microsoft.Extensions.Primitives;

namespace Gongkai.Tests.Portal;

public sealed class PageBytesCacheTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2024, 10, 8, 2, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static PageBytesEntry Entry(Clock clock, int bytes, params string[] tags) =>
        new(new byte[bytes], false, "\"e\"", [new KeyValuePair<string, StringValues>("Content-Type", "text/html")],
            tags.ToHashSet(), clock.Now, clock.Now.AddMinutes(10));

    [Fact]
    public void A_compressible_entry_is_gzipped_once_on_first_use_and_counted_at_half_its_body_before()
    {
        var body = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>方正县人民政府信息公开</p>", 200)));
        var clock = new Clock();
        var entry = new PageBytesEntry(body, true, "\"e\"", [], new HashSet<string>(), clock.Now, clock.Now.AddMinutes(10));
        Assert.Equal(body.Length + body.Length / 2 + 512, entry.Size);

        var gzip = entry.Gzip;
        Assert.Same(gzip, entry.Gzip);
        Assert.True(gzip.Length < body.Length / 10, $"{gzip.Length} of {body.Length}");
        using var unzip = new System.IO.Compression.GZipStream(new MemoryStream(gzip), System.IO.Compression.CompressionMode.Decompress);
        using var plain = new MemoryStream();
        unzip.CopyTo(plain);
        Assert.Equal(body, plain.ToArray());
    }

    [Fact]
    public void Entries_carrying_an_evicted_tag_go_and_the_others_stay()
    {
        var clock = new Clock();
        var cache = new PageBytesCache(clock, 1 << 20);
        Assert.True(cache.Store("a", Entry(clock, 100, "lists", "unit-1"), cache.Generation));
        Assert.True(cache.Store("b", Entry(clock, 100, "item-7"), cache.Generation));
        cache.Evict(["unit-1"]);
        Assert.Null(cache.Find("a"));
        Assert.NotNull(cache.Find("b"));
    }

    [Fact]
    public void A_render_begun_before_an_eviction_is_not_stored()
    {
        var clock = new Clock();
        var cache = new PageBytesCache(clock, 1 << 20);
        var startedAt = cache.Generation;
        cache.Evict(["lists"]);
        Assert.False(cache.Store("a", Entry(clock, 100, "lists"), startedAt));
        Assert.Null(cache.Find("a"));
    }

    [Fact]
    public void Entries_expire()
    {
        var clock = new Clock();
        var cache = new PageBytesCache(clock, 1 << 20);
        cache.Store("a", Entry(clock, 100), cache.Generation);
        clock.Now = clock.Now.AddMinutes(10);
        Assert.Null(cache.Find("a"));
        Assert.Equal(0, cache.Size);
    }

    [Fact]
    public void The_size_stays_bounded_and_the_least_recently_read_go_first()
    {
        var clock = new Clock();
        var cache = new PageBytesCache(clock, 64 * 1024);
        for (var i = 0; i < 6; i++)
        {
            clock.Now = clock.Now.AddSeconds(1);
            cache.Store("page" + i, Entry(clock, 7000), cache.Generation);
        }
        clock.Now = clock.Now.AddSeconds(1);
        Assert.NotNull(cache.Find("page0")); // read recently: kept when the cache trims
        for (var i = 6; i < 9; i++)
        {
            clock.Now = clock.Now.AddSeconds(1);
            cache.Store("page" + i, Entry(clock, 7000), cache.Generation);
        }
        Assert.True(cache.Size <= 64 * 1024, $"size {cache.Size}");
        Assert.NotNull(cache.Find("page0"));
        Assert.NotNull(cache.Find("page8"));
        Assert.Null(cache.Find("page1"));
        Assert.False(cache.Store("huge", Entry(clock, 32 * 1024), cache.Generation)); // over an eighth of the limit
    }
}
