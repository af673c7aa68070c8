using System.Text.Json.Serialization;

namespace PaperBot.AI.Plugins;

/// <summary>One paper in full enough detail to answer questions about it: the abstract (trimmed), authors and links.</summary>
internal sealed record PaperDetails(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("authors")] string? Authors,
    [property: JsonPropertyName("upvotes")] int? Upvotes,
    [property: JsonPropertyName("abstract")] string Abstract);
