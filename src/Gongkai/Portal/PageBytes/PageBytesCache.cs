using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.Extensions.Primitives;

namespace Gongkai.Portal.PageBytes;

/// <summary>
/// One stored answer: the pre-encoded body, its headers, ETag and the tags that evict it. The gzip form of a
/// compressible body is made when a client that accepts gzip first asks for it, not when the page is stored: most
/// pages of a large instance are rendered for one visit and never served from the cache, and compressing each was 4%
/// of an uncached item page's CPU (docs/benchmarks.md, round 7).
/// </summary>
public sealed record PageBytesEntry(
    byte[] Body,
    bool Compressible,
    string ETag,
    KeyValuePair<string, StringValues>[] Headers,
    IReadOnlySet<string> Tags,
    DateTimeOffset StoredAt,
    DateTimeOffset ExpiresAt)
{
    private byte[]? gzip;

    /// <summary>Bytes counted against the cache's limit: the gzip form (not made yet) at half the body's size, its usual bound for HTML.</summary>
    public long Size => Body.Length + (Compressible ? Body.Length / 2 : 0) + 512;

    /// <summary>The body gzipped; made once, on first use (two racing first uses both compress, one result is kept).</summary>
    public byte[] Gzip => LazyInitializer.EnsureInitialized(ref gzip, () => Compress(Body));

    /// <summary>Last read, in ticks of the cache's clock; approximate LRU without a lock on the read path.</summary>
    public long LastUsed { get; set; }

    private static byte[] Compress(byte[] body)
    {
        using var output = new MemoryStream();
        using (var compressor = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            compressor.Write(body);
        }
        return output.ToArray();
    }
}

/// <summary>
/// The front byte cache of anonymous portal answers (页面字节缓存): bounded by total size, least recently used entries
/// dropped first, entries evicted by the same tags as the portal's output cache (<see cref="EvictPortalCache"/>).
/// A generation number, bumped by every eviction, lets a request that started rendering before an eviction decline
/// to store what it rendered (it may show the state before the change).
/// </summary>
public sealed class PageBytesCache(TimeProvider time, long sizeLimit)
{
    private readonly ConcurrentDictionary<string, PageBytesEntry> entries = new(StringComparer.Ordinal);
    private readonly Lock writeLock = new();
    private long size;
    private long generation;

    public long Generation => Interlocked.Read(ref generation);

    public int Count => entries.Count;

    public long Size => Interlocked.Read(ref size);

    public PageBytesEntry? Find(string key)
    {
        if (!entries.TryGetValue(key, out var entry))
        {
            return null;
        }
        var now = time.GetUtcNow();
        if (now >= entry.ExpiresAt)
        {
            Remove(key, entry);
            return null;
        }
        entry.LastUsed = now.UtcTicks;
        return entry;
    }

    /// <summary>Stores the entry unless the cache was evicted since <paramref name="startedAt"/> (a generation number).</summary>
    public bool Store(string key, PageBytesEntry entry, long startedAt)
    {
        if (entry.Size > sizeLimit / 8)
        {
            return false;
        }
        lock (writeLock)
        {
            if (Generation != startedAt)
            {
                return false;
            }
            entry.LastUsed = time.GetUtcNow().UtcTicks;
            if (entries.TryGetValue(key, out var old))
            {
                Remove(key, old);
            }
            entries[key] = entry;
            Interlocked.Add(ref size, entry.Size);
            if (Size > sizeLimit)
            {
                Trim();
            }
        }
        return true;
    }

    /// <summary>Drops every entry carrying one of the tags.</summary>
    public void Evict(IReadOnlyCollection<string> tags)
    {
        lock (writeLock)
        {
            Interlocked.Increment(ref generation);
            foreach (var (key, entry) in entries)
            {
                if (tags.Any(entry.Tags.Contains))
                {
                    Remove(key, entry);
                }
            }
        }
    }

    private void Remove(string key, PageBytesEntry entry)
    {
        if (entries.TryRemove(new KeyValuePair<string, PageBytesEntry>(key, entry)))
        {
            Interlocked.Add(ref size, -entry.Size);
        }
    }

    // Down to three quarters of the limit, oldest reads first (rare: a sort of the entries when the cache is full).
    private void Trim()
    {
        foreach (var (key, entry) in entries.ToArray().OrderBy(e => e.Value.LastUsed))
        {
            if (Size <= sizeLimit * 3 / 4)
            {
                break;
            }
            Remove(key, entry);
        }
    }
}
