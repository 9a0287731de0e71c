using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Gongkai.Search;

/// <summary>
/// One index folder opened for writing: its single <see cref="IndexWriter"/>, a near-real-time
/// <see cref="SearcherManager"/>, and the outbox position stored in the commit's user data, so the position
/// and the documents are committed atomically. The commit also records the index's <see cref="Format"/>.
/// </summary>
internal sealed class IndexGeneration : IDisposable
{
    /// <summary>
    /// The fields and analysis this build writes and queries (<see cref="SearchFields"/>). 1 (no key): bigrams and SmartCn;
    /// 2: bigrams, 3-grams and 4-grams. A node that opens an older index answers from it (exactly, see
    /// <see cref="BuildSearchQuery"/>) and rebuilds it in the background (<see cref="SearchSync"/>).
    /// </summary>
    public const int CurrentFormat = 2;
    private const string CheckpointKey = "outbox";
    private const string FormatKey = "format";
    private readonly LuceneDirectory directory;
    private readonly object writeLock = new();

    /// <param name="bulk">A one-shot build (the rebuild): new segments are not packed into compound files,
    /// which saves copying every flushed segment once more.</param>
    public IndexGeneration(string path, Analyzer analyzer, double ramBufferMb = 16, bool bulk = false)
    {
        Path = path;
        System.IO.Directory.CreateDirectory(path);
        directory = FSDirectory.Open(path);
        if (DirectoryReader.IndexExists(directory))
        {
            var infos = new SegmentInfos();
            infos.Read(directory);
            Checkpoint = infos.UserData.TryGetValue(CheckpointKey, out var value) && long.TryParse(value, out var cp) ? cp : 0;
            Format = infos.UserData.TryGetValue(FormatKey, out var format) && int.TryParse(format, out var f) ? f : 1;
        }
        Writer = new IndexWriter(directory, new IndexWriterConfig(SearchFields.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = ramBufferMb,
            UseCompoundFile = !bulk,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = bulk ? 0 : TieredMergePolicy.DEFAULT_NO_CFS_RATIO },
        });
        Searchers = new SearcherManager(Writer, true, new FacetWarmingSearcherFactory());
    }

    public string Path { get; }
    public IndexWriter Writer { get; }
    public SearcherManager Searchers { get; }
    public long Checkpoint { get; private set; }

    /// <summary>The format of the documents in this folder; a new folder gets <see cref="CurrentFormat"/>.</summary>
    public int Format { get; } = CurrentFormat;

    public void Apply(IReadOnlyCollection<SearchDocument> upserts, IReadOnlyCollection<long> deletes, long? checkpoint, bool commit = true)
    {
        lock (writeLock)
        {
            foreach (var doc in upserts)
            {
                Writer.UpdateDocument(new Term(SearchFields.Id, doc.Id.ToString()), SearchFields.ToLucene(doc));
            }
            foreach (var id in deletes)
            {
                Writer.DeleteDocuments(new Term(SearchFields.Id, id.ToString()));
            }
            if (checkpoint is { } cp)
            {
                Checkpoint = cp;
            }
            if (commit)
            {
                Writer.SetCommitData(new Dictionary<string, string> { [CheckpointKey] = Checkpoint.ToString(), [FormatKey] = Format.ToString() });
                Writer.Commit();
                Searchers.MaybeRefreshBlocking();
            }
        }
    }

    public T WithSearcher<T>(Func<IndexSearcher, T> work)
    {
        var searcher = Searchers.Acquire();
        try
        {
            return work(searcher);
        }
        finally
        {
            Searchers.Release(searcher);
        }
    }

    public IReadOnlyCollection<long> AllIds() => WithSearcher(searcher =>
    {
        var ids = new List<long>(searcher.IndexReader.NumDocs);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var values = reader.GetNumericDocValues(SearchFields.IdValue);
            if (values is null)
            {
                continue;
            }
            var live = reader.LiveDocs;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (live is null || live.Get(doc))
                {
                    ids.Add(values.Get(doc));
                }
            }
        }
        return ids;
    });

    public void Dispose()
    {
        Searchers.Dispose();
        Writer.Dispose();
        directory.Dispose();
    }
}
