using PaperBot.Core.Papers;
using PaperBot.Core.Summaries;
using PaperBot.Discord.Commands;
using PaperBot.Discord.Formatting;

namespace PaperBot.Discord.Interactions;

/// <summary>The Summarize, Card, Similar and More results buttons: each answers with a new message under the one clicked.</summary>
internal sealed class ButtonHandler(IPaperStore store, IPaperSearch search, ISummarizer summarizer, ISimilarPapers similar)
{
    public async Task<Reply> HandleAsync(string? customId, CancellationToken cancellationToken)
    {
        if (!ButtonIds.TryParse(customId, out var action, out var paperId, out var offset, out var query))
        {
            return Reply.Private("This button is from an older PaperBot and no longer works; run the command again.");
        }

        if (action == ButtonIds.MorePrefix)
        {
            return await SearchCommand.PageAsync(search, query, offset, PaperMessages.PageSize, cancellationToken).ConfigureAwait(false);
        }

        var paper = await store.GetAsync(paperId, cancellationToken).ConfigureAwait(false);
        if (paper is null)
        {
            return Reply.Private("That paper is no longer in the corpus.");
        }

        return action switch
        {
            ButtonIds.SummarizePrefix => await SummarizeCommand.ForPaperAsync(summarizer, paper, SummaryStyle.TlDr, cancellationToken).ConfigureAwait(false),
            ButtonIds.CardPrefix => await SummarizeCommand.ForPaperAsync(summarizer, paper, SummaryStyle.Card, cancellationToken).ConfigureAwait(false),
            _ => await SimilarCommand.ForPaperAsync(similar, paper, cancellationToken).ConfigureAwait(false),
        };
    }
}
