namespace PaperBot.Discord.Models;

/// <summary>
/// A message PaperBot sends: to a channel, as an interaction's answer, an edit of it, or a follow-up.
/// <see cref="AllowedMentions"/> is always written (it defaults to pinging nobody).
/// </summary>
internal sealed record MessagePayload
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public IReadOnlyList<Component>? Components { get; init; }

    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;

    public int? Flags { get; init; }

    /// <summary>With <see cref="EnforceNonce"/>: a retried send with the same nonce returns the first message instead of a second one.</summary>
    public string? Nonce { get; init; }

    public bool? EnforceNonce { get; init; }

    public MessageReference? MessageReference { get; init; }

    /// <summary>The uploaded files by part number; set by the REST client when it sends <see cref="Files"/>.</summary>
    public IReadOnlyList<MessageAttachment>? Attachments { get; init; }

    /// <summary>Files to upload with the message; never serialized into the JSON body (see <see cref="MessageFile"/>).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<MessageFile> Files { get; init; } = [];
}
