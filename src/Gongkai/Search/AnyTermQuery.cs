using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Gongkai.Search;

/// <summary>
/// Matches the documents that contain any of its terms and scores them as a <see cref="BooleanQuery"/> of the same
/// <see cref="TermQuery"/> clauses, all SHOULD, would (the matching clauses' scores summed, times the similarity's
/// coordination factor, boosts and query norm alike), so results and order are the same. It walks the clauses'
/// postings side by side and computes a score only when a collector asks: Lucene's disjunction went through a bucket
/// table per 2,048 documents and was three quarters of a one-word search's matching time at a million documents.
/// </summary>
internal sealed class AnyTermQuery(IReadOnlyList<TermQuery> clauses) : Query
{
    public IReadOnlyList<TermQuery> Clauses => clauses;

    public override Weight CreateWeight(IndexSearcher searcher) => new AnyTermWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var clause in clauses)
        {
            clause.ExtractTerms(terms);
        }
    }

    public override string ToString(string field) =>
        $"any({string.Join(' ', clauses.Select(c => c.ToString(field)))}){ToStringUtils.Boost(Boost)}";

    public override bool Equals(object? obj) =>
        obj is AnyTermQuery other && Boost == other.Boost && clauses.SequenceEqual(other.Clauses);

    public override int GetHashCode() => clauses.Aggregate(Boost.GetHashCode(), (hash, clause) => HashCode.Combine(hash, clause));

    private sealed class AnyTermWeight : Weight
    {
        private readonly AnyTermQuery query;
        private readonly Weight[] weights;
        private readonly float[] coord;

        public AnyTermWeight(AnyTermQuery query, IndexSearcher searcher)
        {
            this.query = query;
            weights = query.Clauses.Select(c => c.CreateWeight(searcher)).ToArray();
            coord = Enumerable.Range(0, weights.Length + 1).Select(n => searcher.Similarity.Coord(n, weights.Length)).ToArray();
        }

        public override Query Query => query;

        public override float GetValueForNormalization() =>
            weights.Sum(w => w.GetValueForNormalization()) * query.Boost * query.Boost;

        public override void Normalize(float norm, float topLevelBoost)
        {
            foreach (var weight in weights)
            {
                weight.Normalize(norm, topLevelBoost * query.Boost);
            }
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            var scorers = weights.Select(w => w.GetScorer(context, acceptDocs)).OfType<Scorer>().ToArray();
            return scorers.Length == 0 ? null : new AnyTermScorer(this, scorers, coord);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var sum = new ComplexExplanation { Description = "sum of:" };
            var matched = 0;
            foreach (var weight in weights)
            {
                var part = weight.Explain(context, doc);
                if (part.IsMatch)
                {
                    sum.AddDetail(part);
                    sum.Value += part.Value;
                    matched++;
                }
            }
            sum.Match = matched > 0;
            var result = new ComplexExplanation(matched > 0, sum.Value * coord[matched], $"product of: coord({matched}/{weights.Length})");
            result.AddDetail(sum);
            return result;
        }
    }

    /// <summary>The clauses' scorers in step: <see cref="DocID"/> is the least of their current documents.</summary>
    private sealed class AnyTermScorer(Weight weight, Scorer[] scorers, float[] coord) : Scorer(weight)
    {
        private readonly int[] at = Enumerable.Repeat(-1, scorers.Length).ToArray();
        private int doc = -1;

        public override int DocID => doc;

        public override int Freq => Enumerable.Range(0, scorers.Length).Count(i => at[i] == doc);

        public override float GetScore()
        {
            var (sum, matched) = (0f, 0);
            for (var i = 0; i < scorers.Length; i++)
            {
                if (at[i] == doc)
                {
                    sum += scorers[i].GetScore();
                    matched++;
                }
            }
            return sum * coord[matched];
        }

        public override int NextDoc()
        {
            var next = NO_MORE_DOCS;
            for (var i = 0; i < scorers.Length; i++)
            {
                if (at[i] == doc)
                {
                    at[i] = scorers[i].NextDoc();
                }
                next = Math.Min(next, at[i]);
            }
            return doc = next;
        }

        public override int Advance(int target)
        {
            var next = NO_MORE_DOCS;
            for (var i = 0; i < scorers.Length; i++)
            {
                if (at[i] < target)
                {
                    at[i] = scorers[i].Advance(target);
                }
                next = Math.Min(next, at[i]);
            }
            return doc = next;
        }

        public override long GetCost() => scorers.Sum(s => s.GetCost());

        public override ICollection<ChildScorer> GetChildren() => scorers.Select(s => new ChildScorer(s, "SHOULD")).ToList();
    }
}
