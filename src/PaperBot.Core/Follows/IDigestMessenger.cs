namespace PaperBot.Core.Follows;

/// <summary>Sends digests to members privately (Discord DMs in production).</summary>
public interface IDigestMessenger
{
    /// <summary>
    /// DMs the digest. <paramref name="nonce"/> (at most 25 characters) makes a retried send return the first message
    /// instead of sending twice. Never throws for a delivery problem: the result says what happened.
    /// </summary>
    Task<DmResult> SendAsync(Digest digest, string nonce, CancellationToken cancellationToken);
}
