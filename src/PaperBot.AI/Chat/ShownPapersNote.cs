using System.Text;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;

namespace PaperBot.AI.Chat;

/// <summary>
/// Resolves a follow-up before the model sees it: "what speedup does it report?" gets a note naming the papers the
/// member just saw that "it" means, so the model (and the passage search) need not guess from the history.
/// </summary>
internal static class ShownPapersNote
{
    private const int MaxTitleChars = 120;

    /// <summary>The question with its <see cref="PreparedQuestion.Note"/>, or as it was when it refers to none of the papers shown last.</summary>
    public static async Task<PreparedQuestion> ResolveAsync(PreparedQuestion question, IPaperStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(store);
        var shown = question.LastShown;
        if (shown.Count == 0 || !FollowUpResolver.IsReference(question.Text))
        {
            return question;
        }

        var list = FollowUpResolver.ListOf(shown, question.History);
        var papers = new Dictionary<long, StoredPaper>();
        foreach (var id in shown.Union(list))
        {
            if (await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } paper)
            {
                papers[id] = paper;
            }
        }

        var ids = FollowUpResolver.Resolve(question.Text, shown, id => papers.GetValueOrDefault(id) is { } p ? p.Paper.DailyDate ?? p.Paper.PublishedOn : null, list);
        var about = ids.Where(papers.ContainsKey).Select(id => papers[id]).ToList();
        return about.Count == 0 ? question : question with { Note = Note(about) };
    }

    /// <summary>The note that follows the question, naming <paramref name="papers"/> by id and title.</summary>
    public static string Note(IReadOnlyList<StoredPaper> papers)
    {
        var text = new StringBuilder("\n\n(The papers the member just saw and refers to: ");
        text.AppendJoin("; ", papers.Select(p => $"#{p.Id} “{Core.Text.SnippetBuilder.Cut(p.Paper.Title, MaxTitleChars)}”"));
        return text.Append(".)").ToString();
    }
}
