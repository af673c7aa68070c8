namespace PaperBot.Core.Follows;

/// <summary>What adding a follow did.</summary>
public enum FollowOutcome
{
    Followed,

    /// <summary>The member follows that already; its period was set to the one asked for.</summary>
    Updated,

    /// <summary>The member has <see cref="FollowRules.MaxFollows"/> follows already.</summary>
    TooMany,
}
