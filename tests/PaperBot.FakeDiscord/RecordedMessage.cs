using System.Text.Json.Nodes;

namespace PaperBot.FakeDiscord;

/// <summary>A message the fake accepted (channel message, follow-up or edit of @original) and the body it came with.</summary>
public sealed record RecordedMessage(string Id, string? ChannelId, string? InteractionToken, JsonObject Body, DateTimeOffset At)
{
    public string? Content => Body["content"]?.GetValue<string>();

    public JsonArray? Embeds => Body["embeds"] as JsonArray;

    public JsonArray? Components => Body["components"] as JsonArray;

    public string? Nonce => Body["nonce"]?.ToString();

    /// <summary>The files uploaded with the message (multipart), as the bot sent them.</summary>
    public IReadOnlyList<RecordedFile> Files { get; init; } = [];
}
