using System.Text.Json.Nodes;

namespace PaperBot.FakeDiscord;

/// <summary>An accepted interaction callback: its type, data and how long after the interaction it arrived.</summary>
public sealed record RecordedCallback(string InteractionId, int Type, JsonObject? Data, TimeSpan SinceInteraction, DateTimeOffset At)
{
    /// <summary>The files uploaded with a type-4 answer (multipart).</summary>
    public IReadOnlyList<RecordedFile> Files { get; init; } = [];
}
