using System.Text;
using PaperBot.AI.Offline;
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
        if (shown.Count == 0)
        {
            return question;
        }

        var implicitly = IntentRouter.Route(question.Text, question.History, shown).Kind == IntentKind.Question;
        var about = await FollowUpPapers.ResolveAsync(question.Text, shown, question.History, store, implicitly, cancellationToken).ConfigureAwait(false);
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
