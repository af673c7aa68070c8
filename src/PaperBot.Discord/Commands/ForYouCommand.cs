using PaperBot.Core.Library;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Commands;

/// <summary><c>/foryou [count]</c>: papers the member has not saved, nearest to their library, with why. Private.</summary>
internal sealed class ForYouCommand(ForYouRanker ranker) : ISlashCommand
{
    public CommandDefinition Definition { get; } = new()
    {
        Name = "foryou",
        Description = "Papers close to the ones you saved, that you have not saved yet",
        Type = 1,
        Contexts = OptionShapes.Everywhere,
        Options = [OptionShapes.Count($"How many papers (default {ForYouResult.DefaultCount})", max: ForYouResult.MaxCount)],
    };

    public bool IsPrivate => true;

    public async Task<Reply> ExecuteAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        if (invocation.Interaction.Invoker?.Id.ToString() is not { } member)
        {
            return Reply.Private("PaperBot could not tell who asked: try again.");
        }

        var count = (int)(invocation.GetInteger("count") ?? ForYouResult.DefaultCount);
        var result = await ranker.RankAsync(member, count, cancellationToken).ConfigureAwait(false);
        return Reply.Private(FollowMessages.ForYou(result)) with { ShownPaperIds = [.. result.Items.Select(i => i.PaperId)] };
    }
}
