using System.Text.Json.Nodes;

namespace PaperBot.FakeDiscord;

/// <summary>An accepted interaction callback: its type, data and how long after the interaction it arrived.</summary>
public sealed record RecordedCallback(string InteractionId, int Type, JsonObject? Data, TimeSpan SinceInteraction, DateTimeOffset At);
