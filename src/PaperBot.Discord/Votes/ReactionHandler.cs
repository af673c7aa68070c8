using Microsoft.Extensions.Logging;
using PaperBot.Core.Library;
using PaperBot.Discord.Bot;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Votes;

/// <summary>
/// 👍 and 🔖 on PaperBot's paper messages: a 👍 is a vote for the message's paper (once per member per message, taken
/// back when the reaction is removed), a 🔖 saves that paper to the member's library (removing it leaves the library
/// alone). Silent: no reply. Bots (PaperBot included) and messages PaperBot did not send count for nothing.
/// </summary>
internal sealed class ReactionHandler(IPaperVotes votes, ILibraryStore library, BotIdentity identity, ILogger<ReactionHandler> logger)
{
    private readonly Lock _lock = new();
    private Task _tail = Task.CompletedTask;

    /// <summary>
    /// Handles <paramref name="reaction"/> after every reaction queued before it: a quick add-then-remove must never
    /// end as a vote because the two ran out of order. Call it in the order the gateway delivered the events.
    /// </summary>
    public Task HandleInOrderAsync(MessageReaction reaction, bool added, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _tail = _tail.ContinueWith(_ => HandleAsync(reaction, added, cancellationToken), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
            return _tail;
        }
    }

    /// <summary>Acts on one reaction; failures are logged, never thrown (nobody is waiting for an answer).</summary>
    public async Task HandleAsync(MessageReaction reaction, bool added, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reaction);
        var kind = ReactionEmojis.KindOf(reaction.Emoji);
        if (kind == ReactionKind.None || IsBot(reaction) || (added && !OnPaperBotsMessage(reaction)))
        {
            return;
        }

        var messageId = reaction.MessageId.ToString();
        var memberId = reaction.UserId.ToString();
        try
        {
            switch (kind, added)
            {
                case (ReactionKind.Vote, true):
                    Log.ReactionHandled(logger, "vote", messageId, await votes.AddAsync(messageId, memberId, cancellationToken).ConfigureAwait(false) ? "counted" : "not counted");
                    break;
                case (ReactionKind.Vote, false):
                    Log.ReactionHandled(logger, "unvote", messageId, await votes.RemoveAsync(messageId, memberId, cancellationToken).ConfigureAwait(false) ? "taken back" : "there was none");
                    break;
                case (ReactionKind.Save, true):
                    await SaveAsync(messageId, memberId, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    // A removed 🔖 leaves the library as it is: removing a paper is a deliberate act (/library).
                    break;
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.ReactionFailed(logger, reaction.Emoji?.Name ?? "?", messageId, failure);
        }
    }

    /// <summary>Saves the message's first paper: the only one of a single-paper message, the top one of a list (the one a 👍 counts for).</summary>
    private async Task SaveAsync(string messageId, string memberId, CancellationToken cancellationToken)
    {
        var papers = await votes.PapersOfAsync(messageId, cancellationToken).ConfigureAwait(false);
        if (papers.Count == 0)
        {
            Log.ReactionHandled(logger, "save", messageId, "not a paper message of PaperBot's");
            return;
        }

        var outcome = await library.SaveAsync(memberId, papers[0], [], null, cancellationToken).ConfigureAwait(false);
        Log.ReactionHandled(logger, "save", messageId, outcome.ToString());
    }

    private bool IsBot(MessageReaction reaction) =>
        reaction.Member?.User?.Bot == true || (identity.UserId is { } bot && reaction.UserId == bot);

    // Additions name the message's author: anything not PaperBot's is dropped before touching the database (the store
    // would refuse it anyway, as it must for removals, which carry no author).
    private bool OnPaperBotsMessage(MessageReaction reaction) =>
        reaction.MessageAuthorId is not { } author || identity.UserId is not { } bot || author == bot;
}
