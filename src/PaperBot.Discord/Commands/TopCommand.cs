using PaperBot.Core.Library;
using PaperBot.Core.Papers;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Commands;

/// <summary><c>/top [days] [count]</c>: the papers the channel liked most (👍 on PaperBot's paper messages) lately.</summary>
internal sealed class TopCommand(IPaperVotes votes, IPaperStore store, TimeProvider time) : ISlashCommand
{
    public const int DefaultDays = 7;
    public const int DefaultCount = 10;

    public CommandDefinition Definition { get; } = new()
    {
        Name = "top",
        Description = "The papers this channel liked most (👍 on PaperBot's messages) lately",
        Type = 1,
        Contexts = OptionShapes.Everywhere,
        Options =
        [
            OptionShapes.Count($"Votes of the last this many days (default {DefaultDays})", max: 365, name: "days"),
            OptionShapes.Count($"How many papers (default {DefaultCount})", max: TopMessages.MaxCount),
        ],
    };

    public async Task<Reply> ExecuteAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (invocation.Interaction.ChannelId is not { } channel)
        {
            return Reply.Private("`/top` counts the votes of a channel; use it in one.");
        }

        var days = (int)Math.Clamp(invocation.GetInteger("days") ?? DefaultDays, 1, 365);
        var count = (int)Math.Clamp(invocation.GetInteger("count") ?? DefaultCount, 1, TopMessages.MaxCount);
        var top = await votes.TopAsync(channel.ToString(), time.GetUtcNow().AddDays(-days), count, cancellationToken).ConfigureAwait(false);
        var ranked = new List<(long, int, StoredPaper?)>(top.Count);
        foreach (var (paperId, paperVotes) in top)
        {
            ranked.Add((paperId, paperVotes, await store.GetAsync(paperId, cancellationToken).ConfigureAwait(false)));
        }

        return TopMessages.Top(days, ranked);
    }
}
