using Microsoft.Extensions.Logging;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;

namespace PaperBot.AI.Chat;

/// <summary>
/// Turns the model's text into an <see cref="AssistantAnswer"/>: citations are the papers the tools returned (or that
/// exist in the store, e.g. cited earlier in the conversation) which the answer mentions; mentions of ids that are not
/// in the corpus are removed, and when the tools found nothing and the model still cited papers, the answer says plainly
/// that the corpus has nothing rather than passing invented papers on.
/// </summary>
internal sealed class AnswerComposer(IPaperStore store, ILogger<AnswerComposer> logger)
{
    public const string NothingFound = "I couldn't find papers about that in the corpus.";

    // Ids the tools did not return are looked up one by one; an answer citing more than this is not worth more queries.
    private const int MaxLookups = 10;

    public async Task<AssistantAnswer> ComposeAsync(ToolChatResult chat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var text = chat.Text.Trim();
        var known = new Dictionary<long, Citation>();
        foreach (var paper in chat.ToolPapers)
        {
            known.TryAdd(paper.Id, paper);
        }

        var invented = new HashSet<long>();
        foreach (var id in CitationText.MentionedIds(text).Where(id => !known.ContainsKey(id)).Take(MaxLookups))
        {
            var stored = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                invented.Add(id);
            }
            else
            {
                known[id] = new Citation(stored.Id, stored.Paper.Title, stored.ArxivUrl);
            }
        }

        if (invented.Count > 0)
        {
            Log.InventedCitationsDropped(logger, invented.Count);
            text = CitationText.RemoveIds(text, invented);
        }

        var citations = CitationText.Cited(text, known.Values);
        if (invented.Count > 0 && citations.Count == 0 && chat.ToolPapers.Count == 0)
        {
            return new AssistantAnswer(NothingFound, [], AnswerMode.Model);
        }

        return new AssistantAnswer(text, citations, AnswerMode.Model);
    }
}
