using System.Text.Json.Serialization;

namespace PaperBot.AI.Plugins;

/// <summary>What a tool returns instead of throwing (see <see cref="ToolFailureFilter"/>): a short reason, never a stack trace.</summary>
internal sealed record ToolFailure([property: JsonPropertyName("error")] string Error);
