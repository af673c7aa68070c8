namespace PaperBot.Core.Highlights;

/// <summary>The daily-highlight subscriptions.</summary>
public interface ISubscriptionStore
{
    /// <summary>
    /// Adds the subscription, or updates the one for the same channel and topic (and un-pauses it). Topics compare as
    /// <see cref="SubscriptionRules.TopicKey"/>. An invalid request throws <see cref="ArgumentException"/> whose message is
    /// <see cref="SubscriptionRules.Validate"/>'s line: call that first to answer the user.
    /// </summary>
    Task<Subscription> SaveAsync(SubscriptionRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Removes the channel's subscriptions in that guild: only the one on <paramref name="topic"/> when given, else all.
    /// Returns how many were removed.
    /// </summary>
    Task<int> RemoveAsync(string guildId, string channelId, string? topic, CancellationToken cancellationToken);

    /// <summary>The guild's subscriptions, or every subscription when <paramref name="guildId"/> is null.</summary>
    Task<IReadOnlyList<Subscription>> ListAsync(string? guildId, CancellationToken cancellationToken);

    /// <summary>Stops posting to a subscription until it is saved again, keeping the reason for <c>/subscriptions</c>.</summary>
    Task PauseAsync(long subscriptionId, string reason, CancellationToken cancellationToken);
}
