namespace PaperBot.Discord.Models;

/// <summary>The body of <c>POST /interactions/{id}/{token}/callback</c>.</summary>
internal sealed record InteractionResponse(InteractionCallbackType Type, InteractionCallbackData? Data = null);
