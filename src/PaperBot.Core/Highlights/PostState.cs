namespace PaperBot.Core.Highlights;

/// <summary>Where a subscription's post for one local day stands in the post log.</summary>
public enum PostState
{
    /// <summary>Written before the send: the post may or may not be in the channel. Re-sent with the same nonce on restart.</summary>
    Sending,

    /// <summary>The message is in the channel. Never sent again.</summary>
    Sent,

    /// <summary>Not posted on purpose: the day was over before PaperBot could post, or it had nothing and the subscription skips empty days.</summary>
    Skipped,

    /// <summary>The send failed; retried at <see cref="PostLogEntry.NextAttemptAt"/> when set, otherwise given up for the day.</summary>
    Failed,
}
