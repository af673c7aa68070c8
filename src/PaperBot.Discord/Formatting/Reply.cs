using PaperBot.Discord.Models;

namespace PaperBot.Discord.Formatting;

/// <summary>
/// What PaperBot says, before it is fitted to a channel message or an interaction answer. <see cref="Ephemeral"/>
/// replies are seen by the invoking member only (errors, admin commands).
/// </summary>
internal sealed record Reply(
    string? Content,
    IReadOnlyList<Embed>? Embeds = null,
    IReadOnlyList<Component>? Components = null,
    bool Ephemeral = false)
{
    public static Reply Private(string content) => new(content, Ephemeral: true);

    /// <summary>The papers the reply shows, in order: what a follow-up in the conversation ("the second one") refers to.</summary>
    public IReadOnlyList<long> ShownPaperIds { get; init; } = [];

    /// <summary>Files the reply carries (an export, a chart): they go with the last part, under the whole text.</summary>
    public IReadOnlyList<MessageFile> Files { get; init; } = [];

    /// <summary>
    /// The reply as message payloads within Discord's limits: content split at 2,000 characters, embeds within 6,000;
    /// embeds and buttons go with the last part so they sit under the whole text.
    /// </summary>
    public IReadOnlyList<MessagePayload> ToPayloads()
    {
        var embeds = Embeds is { Count: > 0 } ? EmbedBudget.Fit(Embeds) : null;
        var components = Components is { Count: > 0 } ? Components : null;
        var parts = MessageSplitter.Split(Content ?? "");
        var flags = Ephemeral ? MessageFlags.Ephemeral : (int?)null;
        if (parts.Count == 0)
        {
            return [new MessagePayload { Content = embeds is null && components is null && Files.Count == 0 ? "(nothing to show)" : null, Embeds = embeds, Components = components, Flags = flags, Files = Files }];
        }

        var payloads = new List<MessagePayload>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            var last = i == parts.Count - 1;
            payloads.Add(new MessagePayload { Content = parts[i], Embeds = last ? embeds : null, Components = last ? components : null, Flags = flags, Files = last ? Files : [] });
        }

        return payloads;
    }
}
