using PaperBot.Discord.Formatting;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Interactions;

/// <summary>One slash command: how it is registered with Discord and what it does.</summary>
internal interface ISlashCommand
{
    CommandDefinition Definition { get; }

    /// <summary>Whether the answer is for the invoker only (then a deferred answer is ephemeral too).</summary>
    bool IsPrivate => false;

    Task<Reply> ExecuteAsync(CommandInvocation invocation, CancellationToken cancellationToken);

    /// <summary>Suggestions for the option being typed; none by default.</summary>
    Task<IReadOnlyList<AutocompleteChoice>> CompleteAsync(CommandInvocation invocation, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AutocompleteChoice>>([]);
}
