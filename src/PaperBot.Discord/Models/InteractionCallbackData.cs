namespace PaperBot.Discord.Models;

/// <summary>The data of an interaction callback: a message (types 4 and 7), flags only (5), or choices (8).</summary>
internal sealed record InteractionCallbackData
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public IReadOnlyList<Component>? Components { get; init; }

    /// <summary>Null for autocomplete results (type 8 takes choices only); otherwise always sent.</summary>
    public AllowedMentions? AllowedMentions { get; init; }

    public int? Flags { get; init; }

    public IReadOnlyList<AutocompleteChoice>? Choices { get; init; }

    /// <summary>The uploaded files by part number; set by the REST client when it sends <see cref="Files"/>.</summary>
    public IReadOnlyList<MessageAttachment>? Attachments { get; init; }

    /// <summary>Files to upload with a type-4 answer: then the callback goes as <c>multipart/form-data</c>. Never in the JSON.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<MessageFile> Files { get; init; } = [];
}
