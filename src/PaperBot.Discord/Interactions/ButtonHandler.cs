using PaperBot.Core.Papers;
using PaperBot.Core.Summaries;
using PaperBot.Discord.Commands;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Library;

namespace PaperBot.Discord.Interactions;

/// <summary>
/// The Summarize, Card, Similar and More results buttons: each answers with a new message under the one clicked. The
/// library's buttons (Save, library pages, forget-me) go to <see cref="LibraryButtons"/>, which acts for the clicker.
/// </summary>
internal sealed class ButtonHandler(IPaperStore store, IPaperSearch search, ISummarizer summarizer, ISimilarPapers similar, LibraryButtons? library = null)
{
    public async Task<Reply> HandleAsync(CommandInvocation click, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(click);
        var customId = click.Interaction.Data?.CustomId;
        if (library is not null && LibraryButtonIds.IsLibrary(customId))
        {
            return await library.HandleAsync(click, cancellationToken).ConfigureAwait(false);
        }

        if (!ButtonIds.TryParse(customId, out var action, out var paperId, out var offset, out var query, out var filter))
        {
            return Reply.Private("This button is from an older PaperBot and no longer works; run the command again.");
        }

        if (action == ButtonIds.MorePrefix)
        {
            return await SearchCommand.PageAsync(search, query, offset, PaperMessages.PageSize, filter, cancellationToken).ConfigureAwait(false);
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
