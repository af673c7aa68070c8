namespace PaperBot.Discord.Models;

/// <summary>What the callback created: for a message answer (type 4 or 7), the message itself.</summary>
internal sealed record InteractionCallbackResource
{
    public int Type { get; init; }

    public Message? Message { get; init; }
}
