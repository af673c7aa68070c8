using PaperBot.Discord.Commands;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Library;

/// <summary>
/// <c>/forget-me</c>: asks first (a confirm button only the member can use), because deleting a library cannot be
/// undone; <see cref="LibraryButtons"/> does the deleting.
/// </summary>
internal sealed class ForgetMeCommand : ISlashCommand
{
    /// <summary>Discord's red button: the action destroys data.</summary>
    private const int DangerStyle = 4;

    public CommandDefinition Definition { get; } = new()
    {
        Name = "forget-me",
        Description = "Delete everything PaperBot stores about you (asks to confirm first)",
        Type = 1,
        Contexts = OptionShapes.Everywhere,
    };

    public bool IsPrivate => true;

    public Task<Reply> ExecuteAsync(CommandInvocation invocation, CancellationToken cancellationToken) =>
        Task.FromResult(new Reply(
            "This deletes your library and notes, your votes, the papers you added to reading lists, and your DM conversations with PaperBot. It cannot be undone.",
            Components: [Component.Row(Component.Button("Yes, forget me", LibraryButtonIds.Forget(invocation.MemberId), DangerStyle))],
            Ephemeral: true));
}
