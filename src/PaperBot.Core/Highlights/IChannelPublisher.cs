namespace PaperBot.Core.Highlights;

/// <summary>Posts a highlights message to a chat channel (Discord in production).</summary>
public interface IChannelPublisher
{
    /// <summary>
    /// Posts <paramref name="post"/> to the channel. <paramref name="nonce"/> (at most 25 characters) makes a retried
    /// send of the same post return the first message instead of posting twice. Never throws for a channel problem:
    /// the result says what happened.
    /// </summary>
    Task<PublishResult> PublishAsync(string channelId, HighlightPost post, string nonce, CancellationToken cancellationToken);
}
