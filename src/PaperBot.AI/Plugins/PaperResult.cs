using System.Text.Json.Serialization;

namespace PaperBot.AI.Plugins;

/// <summary>One paper as a tool result: small, so that many fit in the model's context.</summary>
internal sealed record PaperResult(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("snippet")] string Snippet);
