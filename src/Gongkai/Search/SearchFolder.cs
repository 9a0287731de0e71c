using Gongkai.Infrastructure;

namespace Gongkai.Search;

/// <summary>
/// The layout of <c>DATA/search</c>: index folders <c>index-…</c> and a pointer file <c>current</c> naming
/// the one in use. A rebuild fills a new folder while the old one serves, then replaces the pointer with an
/// atomic rename; a running server notices the new pointer on its next poll and reopens (see ADR 0007).
/// </summary>
internal static class SearchFolder
{
    private const string Pointer = "current";

    /// <summary>The search root of an instance: <c>DATA/search</c>.</summary>
    public static string Root(GongkaiOptions options) => options.PathIn("search");

    public static string? Current(string root)
    {
        var file = Path.Combine(root, Pointer);
        if (!File.Exists(file))
        {
            return null;
        }
        var name = File.ReadAllText(file).Trim();
        return name.Length == 0 ? null : Path.Combine(root, name);
    }

    public static string NewFolder(string root, TimeProvider time) =>
        Path.Combine(root, $"index-{time.GetUtcNow():yyyyMMddHHmmss}-{Guid.NewGuid().ToString("N")[..6]}");

    /// <summary>Makes <paramref name="folder"/> the current index: write a temporary pointer, then rename it over the old.</summary>
    public static void SwapTo(string root, string folder)
    {
        Directory.CreateDirectory(root);
        var temporary = Path.Combine(root, Pointer + ".tmp");
        File.WriteAllText(temporary, Path.GetFileName(folder));
        File.Move(temporary, Path.Combine(root, Pointer), overwrite: true);
    }

    /// <summary>Deletes index folders other than the given ones (left behind by rebuilds and swaps).</summary>
    public static void DeleteOthers(string root, params string[] keep)
    {
        if (!Directory.Exists(root))
        {
            return;
        }
        foreach (var folder in Directory.GetDirectories(root, "index-*"))
        {
            if (!keep.Any(k => string.Equals(Path.GetFullPath(k), Path.GetFullPath(folder), StringComparison.Ordinal)))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                    // Still open somewhere (Windows); the next swap tries again.
                }
            }
        }
    }
}
