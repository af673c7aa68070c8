using PaperBot.Core.Papers;
using PaperBot.Core.Text;

namespace PaperBot.Core.Evaluation;

/// <summary>Runs evaluation questions through an <see cref="IPaperSearch"/> and scores the rankings (see <see cref="EvaluationReport"/>).</summary>
public static class SearchEvaluator
{
    /// <summary>Results read per question, and so the depth of MRR. Default 10.</summary>
    public const int DefaultDepth = 10;

    public static async Task<EvaluationReport> EvaluateAsync(
        IPaperSearch search, IReadOnlyList<EvaluationQuery> queries, int depth = DefaultDepth, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 5);
        var outcomes = new List<QueryOutcome>(queries.Count);
        foreach (var query in queries)
        {
            var hits = await search.SearchAsync(query.Question, depth, cancellationToken).ConfigureAwait(false);
            // Titles compare as the store merges them: case, accents and punctuation set aside.
            var expected = query.ExpectedTitles.Select(TitleNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
            int? rank = null;
            for (var i = 0; i < hits.Count && rank is null; i++)
            {
                rank = expected.Contains(TitleNormalizer.Normalize(hits[i].Title)) ? i + 1 : null;
            }

            outcomes.Add(new QueryOutcome(query, rank, hits.Select(h => h.Title).ToList()));
        }

        var count = outcomes.Count;
        return new EvaluationReport(
            count,
            RecallAt1: Share(outcomes, 1),
            RecallAt5: Share(outcomes, 5),
            MeanReciprocalRank: count == 0 ? 0 : outcomes.Sum(o => o.Rank is { } rank ? 1.0 / rank : 0) / count,
            depth,
            outcomes);
    }

    private static double Share(List<QueryOutcome> outcomes, int k) =>
        outcomes.Count == 0 ? 0 : outcomes.Count(o => o.Rank <= k) / (double)outcomes.Count;
}
