using PaperBot.Core.Papers;

namespace PaperBot.Core.Library;

/// <summary>
/// A member's library ranked by a query: by meaning (the embedding model) when it knows the saved papers, else by the
/// query's words in the title, abstract, tags and note. Shared by Discord's <c>/library query</c> and any other front end.
/// </summary>
public static class LibraryRanking
{
    /// <summary>Every saved paper (with <paramref name="tag"/>) that matches <paramref name="query"/>, best first.</summary>
    public static async Task<IReadOnlyList<SavedPaper>> RankAsync(
        ILibraryStore library, IMeaningSimilarity meaning, string memberId, string? tag, string query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(meaning);
        var total = await library.CountAsync(memberId, tag, cancellationToken).ConfigureAwait(false);
        var saved = await library.ListAsync(memberId, tag, 0, total, cancellationToken).ConfigureAwait(false);
        if (saved.Count == 0 || string.IsNullOrWhiteSpace(query))
        {
            return saved;
        }

        var scores = await meaning.ToPapersAsync(query, [.. saved.Select(s => s.Paper.Id)], cancellationToken).ConfigureAwait(false);
        if (scores.Count > 0)
        {
            // Papers without a vector yet go last rather than vanish: the member saved them.
            return [.. saved.OrderByDescending(s => scores.TryGetValue(s.Paper.Id, out var score) ? score : double.MinValue)];
        }

        var words = Words(query);
        return [.. saved
            .Select(s => (Saved: s, Hits: WordHits(s, words)))
            .Where(x => x.Hits > 0)
            .OrderByDescending(x => x.Hits)
            .Select(x => x.Saved)];
    }

    private static int WordHits(SavedPaper saved, IReadOnlyList<string> words)
    {
        var text = $"{saved.Paper.Paper.Title} {saved.Paper.Paper.Abstract} {string.Join(' ', saved.Tags)} {saved.Note}";
        return words.Count(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    private static List<string> Words(string query) =>
        [.. query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('"', '\'', ',', '.', '?', '!')).Where(w => w.Length > 1).Distinct(StringComparer.OrdinalIgnoreCase)];
}
