namespace PaperBot.Core.Follows;

/// <summary>
/// One thing a member follows. <see cref="PausedReason"/> is set for all of a member's follows at once when PaperBot
/// cannot DM them; digests stop until the member resumes.
/// </summary>
public sealed record Follow(long Id, string MemberId, FollowKind Kind, string Text, DigestPeriod Period, DateTimeOffset CreatedAt, string? PausedReason)
{
    public bool IsPaused => PausedReason is not null;

    /// <summary>How the follow reads in a list: <c>author "Jane Doe" (weekly)</c>.</summary>
    public string Describe() => $"{(Kind == FollowKind.Author ? "author" : "topic")} \"{Text}\" ({(Period == DigestPeriod.Daily ? "daily" : "weekly")})";
}
