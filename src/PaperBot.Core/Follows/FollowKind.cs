namespace PaperBot.Core.Follows;

/// <summary>What a member follows: an author's name or a topic (words, matched like highlight topics).</summary>
public enum FollowKind
{
    Author,
    Topic,
}
