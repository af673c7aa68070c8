using PaperBot.Core.Library;
using PaperBot.Core.Papers;
using PaperBot.Discord.Formatting;

namespace PaperBot.Discord.Library;

/// <summary>What the library commands and buttons share: saving a paper and showing a page, as replies for the member.</summary>
internal sealed class MemberLibrary(ILibraryStore library, IMeaningSimilarity meaning)
{
    public async Task<Reply> SaveAsync(string memberId, StoredPaper paper, IReadOnlyList<string> tags, string? note, CancellationToken cancellationToken)
    {
        if (LibraryRules.Validate(tags, LibraryRules.NormalizeNote(note)) is { } problem)
        {
            return Reply.Private(problem);
        }

        var title = Text.Escape(Text.Cut(paper.Paper.Title, 150));
        return await library.SaveAsync(memberId, paper.Id, tags, note, cancellationToken).ConfigureAwait(false) switch
        {
            SaveOutcome.Saved => Reply.Private($"Saved “{title}” to your library ({await CountAsync(memberId, cancellationToken).ConfigureAwait(false)}). `/library show` to see them."),
            SaveOutcome.AlreadySaved => Reply.Private($"“{title}” is already in your library. Change its tags with `/library tag`, its note with `/library note`."),
            _ => Reply.Private("That paper is no longer in the corpus."),
        };
    }

    /// <summary>Page <paramref name="page"/> (1-based) of the member's library, newest saved first, or ranked by <paramref name="query"/>.</summary>
    public async Task<Reply> ShowAsync(string memberId, string? tag, string? query, int page, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        var offset = (page - 1) * LibraryRules.PageSize;
        if (string.IsNullOrWhiteSpace(query))
        {
            var total = await library.CountAsync(memberId, tag, cancellationToken).ConfigureAwait(false);
            var papers = total == 0 ? [] : await library.ListAsync(memberId, tag, offset, LibraryRules.PageSize, cancellationToken).ConfigureAwait(false);
            return LibraryMessages.LibraryPage(memberId, papers, total, page, tag, query: null);
        }

        var ranked = await LibraryRanking.RankAsync(library, meaning, memberId, tag, query, cancellationToken).ConfigureAwait(false);
        if (ranked.Count == 0 && await library.CountAsync(memberId, tag, cancellationToken).ConfigureAwait(false) == 0)
        {
            return LibraryMessages.LibraryPage(memberId, [], 0, page, tag, query);
        }

        return LibraryMessages.LibraryPage(memberId, [.. ranked.Skip(offset).Take(LibraryRules.PageSize)], Math.Max(1, ranked.Count), page, tag, query.Trim());
    }

    private async Task<string> CountAsync(string memberId, CancellationToken cancellationToken)
    {
        var count = await library.CountAsync(memberId, null, cancellationToken).ConfigureAwait(false);
        return $"{count} paper{LibraryMessages.Plural(count)}";
    }
}
