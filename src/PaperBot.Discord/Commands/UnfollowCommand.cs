using System.Globalization;
using PaperBot.Core.Follows;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Commands;

/// <summary><c>/unfollow follow</c>: stop one of the member's follows (suggested as they type).</summary>
internal sealed class UnfollowCommand(IFollowStore follows) : ISlashCommand
{
    public CommandDefinition Definition { get; } = new()
    {
        Name = "unfollow",
        Description = "Stop following an author or topic",
        Type = 1,
        Contexts = OptionShapes.Everywhere,
        Options = [OptionShapes.Text("follow", "What to stop following: start typing it", required: true, maxLength: 100, autocomplete: true)],
    };

    public bool IsPrivate => true;

    public async Task<Reply> ExecuteAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        if (invocation.Interaction.Invoker?.Id.ToString() is not { } member)
        {
            return Reply.Private("PaperBot could not tell who asked: try again.");
        }

        var mine = await follows.ListAsync(member, cancellationToken).ConfigureAwait(false);
        var picked = Pick(mine, invocation.GetString("follow"));
        if (picked is null)
        {
            return Reply.Private("You follow nothing by that name: pick one of the suggestions, or see `/follow list`.");
        }

        await follows.RemoveAsync(member, picked.Id, cancellationToken).ConfigureAwait(false);
        return Reply.Private($"Stopped following {Text.Escape(picked.Describe())}.");
    }

    public async Task<IReadOnlyList<AutocompleteChoice>> CompleteAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        if (invocation.Interaction.Invoker?.Id.ToString() is not { } member)
        {
            return [];
        }

        var typed = FollowRules.Key(invocation.FocusedText);
        var mine = await follows.ListAsync(member, cancellationToken).ConfigureAwait(false);
        return mine
            .Where(f => typed.Length == 0 || FollowRules.Key(f.Text).Contains(typed, StringComparison.Ordinal))
            .Take(DiscordLimits.AutocompleteChoices)
            .Select(f => new AutocompleteChoice(Text.Cut(f.Describe(), 100), f.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();
    }

    /// <summary>The follow a value names: its id (from a suggestion) or its text.</summary>
    internal static Follow? Pick(IReadOnlyList<Follow> mine, string? value)
    {
        var text = value?.Trim() ?? "";
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && mine.FirstOrDefault(f => f.Id == id) is { } byId)
        {
            return byId;
        }

        var key = FollowRules.Key(text);
        return mine.FirstOrDefault(f => FollowRules.Key(f.Text) == key);
    }
}
