namespace PaperBot.Core.Library;

/// <summary>
/// The DM channels a member used PaperBot in. A DM's conversation is kept under its channel id, which does not say whose
/// it is; this is how <see cref="IMemberData.ForgetAsync"/> finds a member's conversations.
/// </summary>
public interface IMemberChannels
{
    /// <summary>Remembers that <paramref name="channelId"/> is a DM with the member (again is a no-op).</summary>
    Task RecordDirectAsync(string memberId, string channelId, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> DirectChannelsAsync(string memberId, CancellationToken cancellationToken);
}
