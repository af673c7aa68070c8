namespace PaperBot.Core.Highlights;

/// <summary>
/// How long a process's claim on a (subscription, day) post holds. <see cref="IHighlightPostLog.BeginAsync"/> claims the
/// post for its process, so two PaperBots on one database never send it side by side; a process that dies mid-send
/// leaves its claim, which another process takes over once the lease has lapsed (the Discord nonce dedupes that re-send).
/// Longer than a send can take (<c>Highlights:SendTimeoutSeconds</c>), or a slow live send may be duplicated (and deduped).
/// </summary>
public sealed record PostClaimLease(TimeSpan Duration)
{
    /// <summary>The default: a minute, twice the default send timeout.</summary>
    public static PostClaimLease Default { get; } = new(TimeSpan.FromMinutes(1));
}
