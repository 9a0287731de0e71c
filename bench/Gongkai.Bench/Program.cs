using System.Diagnostics;
using Gongkai.Bench;
using Gongkai.Search;
using Gongkai.Tests.Search;

// dotnet run -c Release --project bench/Gongkai.Bench -- [documents=20000] [queries=1000]
// dotnet run -c Release --project bench/Gongkai.Bench -- generate items|units|requests --option value …  (bench/run uses these)
// … -- measure search|startup|reports|item --option value …;  … -- serve rows --data DIR --urls URL (the row-read baseline)
if (args.Length > 1 && args[0] is "generate" or "measure" or "serve")
{
    var options = new Dictionary<string, string>();
    for (var i = 2; i + 1 < args.Length; i += 2)
    {
        options[args[i].TrimStart('-')] = args[i + 1];
    }
    return args[0] == "serve" ? await Gongkai.Bench.Generate.ServeRows.RunAsync(options)
        : args[0] == "measure" && args[1] == "search" ? await Gongkai.Bench.Generate.MeasureSearch.RunAsync(options)
        : args[0] == "measure" && args[1] == "item" ? await Gongkai.Bench.Generate.MeasureItemRead.RunAsync(options)
        : args[0] == "measure" && args[1] == "startup" ? await Gongkai.Bench.Generate.MeasureStartup.RunAsync(options)
        : args[0] == "measure" ? await Gongkai.Bench.Generate.MeasureReports.RunAsync(options)
        : await Gongkai.Bench.Generate.GenerateCommands.RunAsync(args[1], options);
}
var documents = args.Length > 0 ? int.Parse(args[0]) : 20_000;
var queries = args.Length > 1 ? int.Parse(args[1]) : 1_000;
var folder = Path.Combine(Path.GetTempPath(), "gongkai-bench", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
try
{
    var corpus = SearchCorpus.Generate(documents);
    var terms = SearchCorpus.Queries(corpus, queries);
    Console.WriteLine($"{documents} documents, {corpus.Sum(d => d.Body.Length + d.Title.Length + d.AttachmentText.Length) / documents} characters on average, {queries} queries of 2–6 characters");

    var clock = Stopwatch.StartNew();
    foreach (var (name, analyzer) in new (string, Lucene.Net.Analysis.Analyzer)[]
        { ("bigram", new GramAnalyzer(2)), ("smartcn", new Lucene.Net.Analysis.Cn.Smart.SmartChineseAnalyzer(Lucene.Net.Util.LuceneVersion.LUCENE_48)) })
    {
        clock.Restart();
        var tokens = 0;
        foreach (var d in corpus.Take(2000))
        {
            using var stream = analyzer.GetTokenStream("f", d.Title + "\n" + d.Body);
            stream.Reset();
            while (stream.IncrementToken()) tokens++;
            stream.End();
        }
        Console.WriteLine($"{name}: {tokens} tokens from 2000 documents in {clock.Elapsed.TotalMilliseconds:F0} ms");
    }
    clock.Restart();
    using var index = new LuceneSearchIndex(Path.Combine(folder, "search"), TimeProvider.System);
    foreach (var chunk in corpus.Chunk(1000))
    {
        index.Apply(chunk, []);
    }
    Console.WriteLine($"Lucene indexed in {clock.Elapsed.TotalSeconds:F1} s");
    clock.Restart();
    using var like = LikeScan.Create(Path.Combine(folder, "like.db"), corpus);
    Console.WriteLine($"SQLite loaded in {clock.Elapsed.TotalSeconds:F1} s");

    index.Search(new SearchQuery { Text = terms[0] });
    like.Count(terms[0]);
    var lucene = new List<double>(queries);
    var sqlite = new List<double>(queries);
    var disagreements = 0;
    foreach (var term in terms)
    {
        clock.Restart();
        var found = index.Search(new SearchQuery { Text = term }).Total;
        lucene.Add(clock.Elapsed.TotalMilliseconds);
        clock.Restart();
        var scanned = like.Count(term);
        sqlite.Add(clock.Elapsed.TotalMilliseconds);
        disagreements += found == scanned ? 0 : 1;
    }
    Report("Lucene (bigram phrase, top 10 + facets + snippets)", lucene);
    Report("SQLite LIKE '%q%' (count)", sqlite);
    Console.WriteLine($"ratio p50 {Percentile(sqlite, 0.5) / Percentile(lucene, 0.5):F0}×, p99 {Percentile(sqlite, 0.99) / Percentile(lucene, 0.99):F0}×");
    Console.WriteLine($"queries whose totals differ: {disagreements}");
    return disagreements == 0 ? 0 : 1;
}
finally
{
    Directory.Delete(folder, recursive: true);
}

static void Report(string name, List<double> times) =>
    Console.WriteLine($"{name,-55} p50 {Percentile(times, 0.5),8:F2} ms   p99 {Percentile(times, 0.99),8:F2} ms");

static double Percentile(List<double> times, double p)
{
    var sorted = times.Order().ToList();
    return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
