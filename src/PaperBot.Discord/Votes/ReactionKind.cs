namespace PaperBot.Discord.Votes;

/// <summary>What a reaction on a paper message means to PaperBot.</summary>
internal enum ReactionKind
{
    /// <summary>Any other emoji: ignored.</summary>
    None,

    /// <summary>👍 (any skin tone): a vote for the message's paper.</summary>
    Vote,

    /// <summary>🔖: save the message's paper to the member's library.</summary>
    Save,
}
