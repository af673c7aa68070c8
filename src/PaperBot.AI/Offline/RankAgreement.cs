namespace PaperBot.AI.Offline;

/// <summary>
/// Papers chosen by the agreement of two rankings rather than by one: search's order (the whole abstract, by words and
/// meaning) and closeness of the best sentence (the aim said in one place). Each paper scores its place in both, added
/// with equal weight (a Borda count), so a paper must do well in both to win: a paper far down in search with one close
/// sentence, or first in search with no sentence near the question, gives way to a paper near the top of both. Equal
/// weights because neither signal is known to be the better one (on the dev sets each alone misses papers the other
/// finds), so there is no weight to tune.
/// </summary>
internal static class RankAgreement
{
    /// <summary>
    /// The first <paramref name="take"/> of <paramref name="inSearchOrder"/> by the sum of their places in search and in
    /// <paramref name="closeness"/> (highest first); a tie keeps search's order, as closeness alone did. (A tie given to
    /// the closer paper instead cost eval/overviews.tsv two papers: sums tie often, so this is part of the rule.)
    /// </summary>
    public static IReadOnlyList<T> Agreeing<T>(IReadOnlyList<T> inSearchOrder, Func<T, double> closeness, int take)
    {
        ArgumentNullException.ThrowIfNull(inSearchOrder);
        ArgumentNullException.ThrowIfNull(closeness);
        ArgumentOutOfRangeException.ThrowIfNegative(take);

        var scores = inSearchOrder.Select(closeness).ToList();
        // Places by closeness; equal cosines share search's order (the sort is stable).
        var byCloseness = Enumerable.Range(0, inSearchOrder.Count).OrderByDescending(i => scores[i]).ToList();
        var closenessPlace = new int[inSearchOrder.Count];
        for (var place = 0; place < byCloseness.Count; place++)
        {
            closenessPlace[byCloseness[place]] = place;
        }

        return [.. Enumerable.Range(0, inSearchOrder.Count)
            .OrderBy(i => i + closenessPlace[i])
            .Take(take)
            .Select(i => inSearchOrder[i])];
    }
}
