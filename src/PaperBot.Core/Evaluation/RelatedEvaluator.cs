using PaperBot.Core.Papers;
using PaperBot.Core.Text;

namespace PaperBot.Core.Evaluation;

/// <summary>
/// Related-work quality: for each source paper (an evaluation line's "question" is its title), the share of sources
/// with at least one of their related papers among the first five (hit@5), the mean share of their related papers found
/// there (recall@5), and MRR of the first related paper within the depth.
/// </summary>
public static class RelatedEvaluator
{
    public static async Task<RelatedReport> EvaluateAsync(
        ISimilarPapers similar, IPaperStore store, IReadOnlyList<EvaluationQuery> items, int depth = SearchEvaluator.DefaultDepth, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(similar);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(items);
        var outcomes = new List<RelatedOutcome>(items.Count);
        foreach (var item in items)
        {
            var source = await store.FindAsync(item.Question, cancellationToken).ConfigureAwait(false);
            if (source is null || TitleNormalizer.Normalize(source.Paper.Title) != TitleNormalizer.Normalize(item.Question))
            {
                outcomes.Add(new RelatedOutcome(item, Found: false, null, 0, []));
                continue;
            }

            var hits = await similar.FindSimilarAsync(source.Id, depth, cancellationToken).ConfigureAwait(false);
            var expected = item.ExpectedTitles.Select(TitleNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
            var ranks = hits.Select((h, i) => (Rank: i + 1, Hit: expected.Contains(TitleNormalizer.Normalize(h.Title)))).Where(r => r.Hit).Select(r => r.Rank).ToList();
            var inTopFive = ranks.Count(r => r <= 5);
            outcomes.Add(new RelatedOutcome(item, Found: true, ranks.Count > 0 ? ranks[0] : null, expected.Count == 0 ? 0 : (double)inTopFive / expected.Count, hits.Select(h => h.Title).ToList()));
        }

        var count = outcomes.Count;
        return new RelatedReport(
            count,
            HitAt5: count == 0 ? 0 : outcomes.Count(o => o.FirstRank <= 5) / (double)count,
            RecallAt5: count == 0 ? 0 : outcomes.Average(o => o.RecallAt5),
            MeanReciprocalRank: count == 0 ? 0 : outcomes.Sum(o => o.FirstRank is { } rank ? 1.0 / rank : 0) / count,
            depth,
            outcomes);
    }
}

/// <summary>Related-work quality over a set of source papers (see <see cref="RelatedEvaluator"/>).</summary>
public sealed record RelatedReport(int Sources, double HitAt5, double RecallAt5, double MeanReciprocalRank, int Depth, IReadOnlyList<RelatedOutcome> Outcomes);

/// <summary>One source paper: whether it was in the corpus, the rank of its first related paper, the share found in the top five.</summary>
public sealed record RelatedOutcome(EvaluationQuery Item, bool Found, int? FirstRank, double RecallAt5, IReadOnlyList<string> TopTitles);
