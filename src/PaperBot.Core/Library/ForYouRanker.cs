using PaperBot.Core.Papers;

namespace PaperBot.Core.Library;

/// <summary>
/// "For you": papers the member has not saved, nearest to their saved papers' vectors (the mean of the unit vectors);
/// without vectors, the papers most related by words (<see cref="ISimilarPapers"/>) to their most recent saves.
/// </summary>
public sealed class ForYouRanker(ILibraryStore library, ILibraryNeighbours neighbours, ISimilarPapers similar, IPaperStore store)
{
    /// <summary>Saved papers the fallback by words starts from (the newest): each one is a similarity search.</summary>
    private const int MaxWordSeeds = 20;

    private const int TitleLength = 80;

    public async Task<ForYouResult> RankAsync(string memberId, int count, CancellationToken cancellationToken)
    {
        count = Math.Clamp(count, 1, ForYouResult.MaxCount);
        var saved = await library.PaperIdsAsync(memberId, cancellationToken).ConfigureAwait(false);
        if (saved.Count == 0)
        {
            return new ForYouResult([], ByMeaning: true, 0);
        }

        var byMeaning = await neighbours.NearestAsync(saved, count, cancellationToken).ConfigureAwait(false);
        var ranked = byMeaning ?? await ByWordsAsync(memberId, saved, count, cancellationToken).ConfigureAwait(false);
        var titles = new Dictionary<long, string>();
        var items = new List<ForYouItem>();
        foreach (var recommendation in ranked.Take(count))
        {
            if (await store.GetAsync(recommendation.PaperId, cancellationToken).ConfigureAwait(false) is not { } paper)
            {
                continue;
            }

            var closeTo = new List<string>();
            foreach (var id in recommendation.CloseTo.Take(3))
            {
                if (!titles.TryGetValue(id, out var title))
                {
                    title = (await store.GetAsync(id, cancellationToken).ConfigureAwait(false))?.Paper.Title ?? $"#{id}";
                    titles[id] = title;
                }

                closeTo.Add(Cut(title));
            }

            items.Add(new ForYouItem(paper.Id, paper.Paper.Title, paper.ArxivUrl, Math.Max(1, recommendation.CloseTo.Count), closeTo));
        }

        return new ForYouResult(items, byMeaning is not null, saved.Count);
    }

    private async Task<IReadOnlyList<Recommendation>> ByWordsAsync(string memberId, IReadOnlyList<long> saved, int count, CancellationToken cancellationToken)
    {
        var savedSet = saved.ToHashSet();
        var newest = await library.ListAsync(memberId, null, 0, MaxWordSeeds, cancellationToken).ConfigureAwait(false);
        var scores = new Dictionary<long, (double Score, List<long> CloseTo)>();
        foreach (var seed in newest.Select(p => p.Paper.Id))
        {
            var hits = await similar.FindSimilarAsync(seed, count * 3, cancellationToken).ConfigureAwait(false);
            for (var rank = 0; rank < hits.Count; rank++)
            {
                if (savedSet.Contains(hits[rank].Id))
                {
                    continue;
                }

                var entry = scores.TryGetValue(hits[rank].Id, out var found) ? found : (Score: 0d, CloseTo: new List<long>());
                // Reciprocal rank: a paper related to several saved papers outranks one that tops a single list.
                entry.Score += 1.0 / (rank + 1);
                entry.CloseTo.Add(seed);
                scores[hits[rank].Id] = entry;
            }
        }

        return scores
            .OrderByDescending(s => s.Value.Score)
            .ThenBy(s => s.Key)
            .Take(count)
            .Select(s => new Recommendation(s.Key, s.Value.Score, s.Value.CloseTo))
            .ToList();
    }

    private static string Cut(string title) => title.Length <= TitleLength ? title : string.Concat(title.AsSpan(0, TitleLength - 1), "…");
}
