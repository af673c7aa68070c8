namespace PaperBot.Discord.Models;

/// <summary>What <c>POST /interactions/{id}/{token}/callback?with_response=true</c> returns (the parts PaperBot reads).</summary>
internal sealed record InteractionCallbackResponse
{
    public InteractionCallbackResource? Resource { get; init; }
}
