using Microsoft.Extensions.Logging;
using PaperBot.Core.Library;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Votes;

/// <summary>
/// Remembers which of PaperBot's messages show which papers: what a 👍 or 🔖 on them acts on. Recording never fails
/// the message itself; a failure is logged, and reactions on that message then count for nothing.
/// </summary>
internal sealed class PaperMessageLog(IPaperVotes votes, ILogger<PaperMessageLog> logger)
{
    /// <summary>Records each of <paramref name="messages"/> (the parts of one reply) as showing <paramref name="paperIds"/>.</summary>
    public async Task RecordAsync(IEnumerable<Message> messages, IReadOnlyList<long> paperIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(paperIds);
        if (paperIds.Count == 0)
        {
            return;
        }

        foreach (var message in messages)
        {
            try
            {
                await votes.RecordMessageAsync(message.ChannelId.ToString(), message.Id.ToString(), paperIds, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                Log.PaperMessageNotRecorded(logger, message.Id.ToString(), failure);
            }
        }
    }
}
