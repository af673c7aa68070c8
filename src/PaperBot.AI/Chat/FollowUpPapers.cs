using PaperBot.AI.Offline;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;

namespace PaperBot.AI.Chat;

/// <summary>
/// The papers a follow-up is about, read from the store, for both assistants: those its words point at among the papers
/// shown last (<see cref="FollowUpResolver"/>), or, for a short question with no such word, the first paper of the last
/// answer when the question stays in that paper's words ("how much faster?").
/// </summary>
internal static class FollowUpPapers
{
    /// <param name="implicitly">Whether a question with no word pointing back may still be about the paper shown first:
    /// only for a question, not for a request ("what's new?") whose words any paper may hold.</param>
    public static async Task<List<StoredPaper>> ResolveAsync(
        string question, IReadOnlyList<long> shown, IReadOnlyList<ConversationTurn> history, IPaperStore store, bool implicitly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(shown);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(store);
        // Only papers the last answer gave: a highlights post or a slash command's list stays in a channel for everyone,
        // and a member's "what is quantization?" there is not about its top paper. A broad question ("how can I make
        // inference cheaper?") asks the corpus, even in words the paper holds. With no word pointing back either, nothing
        // is read from the store: most questions.
        var staysOnMayApply = implicitly && FollowUpResolver.ShownByTheLastAnswer(shown, history) && !QuestionShape.Of(question).IsBroad;
        if (shown.Count == 0 || (!staysOnMayApply && !FollowUpResolver.PointsBack(question)))
        {
            return [];
        }

        var list = FollowUpResolver.ListOf(shown, history);
        var papers = new Dictionary<long, StoredPaper>();
        foreach (var id in shown.Union(list))
        {
            if (await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } paper)
            {
                papers[id] = paper;
            }
        }

        var ids = FollowUpResolver.Resolve(question, shown, id => papers.GetValueOrDefault(id) is { } p ? p.Paper.DailyDate ?? p.Paper.PublishedOn : null, list);

        if (ids.Count == 0 && staysOnMayApply && papers.GetValueOrDefault(shown[0]) is { } first
            && FollowUpResolver.StaysOn(question, $"{first.Paper.Title}. {first.Paper.Abstract}"))
        {
            ids = [first.Id];
        }

        return [.. ids.Where(papers.ContainsKey).Select(id => papers[id])];
    }
}
