using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Gongkai.Search;

/// <summary>The Lucene fields of a <see cref="SearchDocument"/> and the analyzers that fill them.</summary>
internal static class SearchFields
{
    public const string Id = "id";
    public const string IdValue = "id_dv";
    public const string TitleMatch = "title_m";
    public const string TextMatch = "text_m";
    public const string TitleSegmented = "title_s";
    public const string TextSegmented = "text_s";
    public const string DocumentNumber = "docnum";
    public const string IndexNumber = "indexnum";
    public const string Unit = "unit";
    public const string CatalogNode = "node";
    public const string Topic = "topic";
    public const string Kind = "kind";
    public const string Validity = "validity";
    public const string Channel = "channel";
    public const string Published = "published";
    public const string PublishedValue = "published_dv";
    public const string UnitFacet = "unit_f";
    public const string NodeFacet = "node_f";
    public const string TopicFacet = "topic_f";
    public const string Title = "title";
    public const string Body = "body";
    public const string Attachment = "attachment";
    public const string UnitName = "unit_name";
    public const string IndexNumberStored = "index_number";
    public const string DocumentNumberStored = "document_number";
    public const char LabelSeparator = '\u001f';

    /// <summary>
    /// SmartCn costs ~10× the bigram analysis; it only ranks, so long bodies and attachments are segmented
    /// up to here (matching still covers the whole text).
    /// </summary>
    private const int SegmentedTextLimit = 5_000;

    /// <summary>Stored copies (for snippets) are cut here; matching always uses the whole text.</summary>
    private const int StoredTextLimit = 20_000;

    public static LuceneVersion Version => LuceneVersion.LUCENE_48;

    public static Analyzer CreateAnalyzer() => new PerFieldAnalyzerWrapper(new BigramAnalyzer(), new Dictionary<string, Analyzer>
    {
        [TitleSegmented] = new SmartChineseAnalyzer(Version),
        [TextSegmented] = new SmartChineseAnalyzer(Version),
    });

    public static Document ToLucene(SearchDocument d)
    {
        var doc = new Document
        {
            new StringField(Id, d.Id.ToString(), Field.Store.YES),
            new NumericDocValuesField(IdValue, d.Id),
            new TextField(TitleMatch, d.Title, Field.Store.NO),
            new TextField(TitleSegmented, d.Title, Field.Store.NO),
            new StoredField(Title, d.Title),
            new Int64Field(Published, d.PublishedAt.Ticks, Field.Store.YES),
            new NumericDocValuesField(PublishedValue, d.PublishedAt.Ticks),
        };
        foreach (var text in new[] { d.Body, d.AttachmentText, d.Keywords, d.DocumentNumber, d.IndexNumber })
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                doc.Add(new TextField(TextMatch, text, Field.Store.NO));
                doc.Add(new TextField(TextSegmented, text.Length > SegmentedTextLimit ? text[..SegmentedTextLimit] : text, Field.Store.NO));
            }
        }
        AddStored(doc, Body, Cut(d.Body));
        AddStored(doc, Attachment, Cut(d.AttachmentText));
        AddStored(doc, UnitName, d.UnitName);
        AddStored(doc, IndexNumberStored, d.IndexNumber);
        AddStored(doc, DocumentNumberStored, d.DocumentNumber);
        AddKey(doc, DocumentNumber, SearchText.NumberKey(d.DocumentNumber));
        AddKey(doc, IndexNumber, SearchText.NumberKey(d.IndexNumber));
        AddKey(doc, Unit, d.UnitCode, store: true);
        AddKey(doc, CatalogNode, d.CatalogNode);
        AddKey(doc, Topic, d.Topic);
        AddKey(doc, Kind, d.Kind);
        AddKey(doc, Validity, d.Validity);
        foreach (var channel in d.Channels.Distinct())
        {
            AddKey(doc, Channel, channel);
        }
        AddFacet(doc, UnitFacet, d.UnitCode, d.UnitName);
        AddFacet(doc, NodeFacet, d.CatalogNode, d.CatalogNodeName is { Length: > 0 } name ? name : d.CatalogNode);
        AddFacet(doc, TopicFacet, d.Topic, d.Topic);
        return doc;
    }

    private static string Cut(string text) => text.Length > StoredTextLimit ? text[..StoredTextLimit] : text;

    private static void AddStored(Document doc, string name, string value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            doc.Add(new StoredField(name, value));
        }
    }

    private static void AddKey(Document doc, string name, string value, bool store = false)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            doc.Add(new StringField(name, value, store ? Field.Store.YES : Field.Store.NO));
        }
    }

    private static void AddFacet(Document doc, string name, string value, string label)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            doc.Add(new SortedDocValuesField(name, new BytesRef(value + LabelSeparator + label)));
        }
    }
}
