using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Gongkai.Search;

/// <summary>
/// The Lucene fields of a <see cref="SearchDocument"/> and the analyzers that fill them. Format 2 (see
/// <see cref="IndexGeneration.CurrentFormat"/>): title and text each in three matching fields, bigrams (<c>_m</c>),
/// 3-grams (<c>_3</c>, no positions) and 4-grams (<c>_4</c>), so a term of 2–4 characters is one term query and a longer
/// one a phrase of 4-grams. Format 1 also had SmartCn-segmented fields (<c>title_s</c>, <c>text_s</c>) that only added
/// score; they are gone: the whole-term postings are scored directly (title boosted), the 文号/索引号 keys still put an
/// exact number first, every top 10 of the benchmark's queries still has the word in each title (docs/benchmarks.md),
/// and segmentation cost a quarter of the rebuild's CPU and a scored clause per hit and word.
/// </summary>
internal static class SearchFields
{
    public const string Id = "id";
    public const string IdValue = "id_dv";
    public const string TitleMatch = "title_m";
    public const string TextMatch = "text_m";
    public const string Title3 = "title_3";
    public const string Text3 = "text_3";
    public const string Title4 = "title_4";
    public const string Text4 = "text_4";
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

    /// <summary>Whole-term postings: term frequency for scoring, no positions (never read in a phrase).</summary>
    private static readonly FieldType TermsOnly = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS });

    /// <summary>Stored copies (for snippets) are cut here; matching always uses the whole text.</summary>
    private const int StoredTextLimit = 20_000;

    public static LuceneVersion Version => LuceneVersion.LUCENE_48;

    public static Analyzer CreateAnalyzer()
    {
        var (three, four) = (new GramAnalyzer(3), new GramAnalyzer(4));
        return new PerFieldAnalyzerWrapper(new GramAnalyzer(2), new Dictionary<string, Analyzer>
        {
            [Title3] = three, [Text3] = three, [Title4] = four, [Text4] = four,
        });
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private static void AddMatching(Document doc, bool title, string text)
    {
        doc.Add(new TextField(title ? TitleMatch : TextMatch, text, Field.Store.NO));
        doc.Add(new Field(title ? Title3 : Text3, text, TermsOnly));
        doc.Add(new TextField(title ? Title4 : Text4, text, Field.Store.NO));
    }

    public static Document ToLucene(SearchDocument d)
    {
        var doc = new Document
        {
            new StringField(Id, d.Id.ToString(), Field.Store.YES),
            new NumericDocValuesField(IdValue, d.Id),
            new StoredField(Title, d.Title),
            new Int64Field(Published, d.PublishedAt.Ticks, Field.Store.YES),
            new NumericDocValuesField(PublishedValue, d.PublishedAt.Ticks),
        };
        AddMatching(doc, title: true, d.Title);
        foreach (var text in new[] { d.Body, d.AttachmentText, d.Keywords, d.DocumentNumber, d.IndexNumber })
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                AddMatching(doc, title: false, text);
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
