using System.Text.Json;

namespace PaperBot.Discord.Models;

/// <summary>Discord's error body: <c>{code, message, errors?}</c>; <see cref="Errors"/> mirrors the request's JSON path.</summary>
internal sealed record DiscordError
{
    public int Code { get; init; }

    public string Message { get; init; } = "";

    public JsonElement? Errors { get; init; }
}
