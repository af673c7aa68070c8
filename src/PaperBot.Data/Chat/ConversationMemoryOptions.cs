using System.ComponentModel.DataAnnotations;

namespace PaperBot.Data.Chat;

/// <summary>
/// How much conversation the store keeps. Bound to section <c>Ai</c>, the same key the assistant reads
/// (<c>Ai:MemoryTurns</c>), so the two can never disagree.
/// </summary>
public sealed class ConversationMemoryOptions
{
    public const string SectionName = "Ai";

    /// <summary>Turns kept per conversation (channel, thread or DM); older ones are dropped as new ones arrive. Default 12.</summary>
    [Range(0, 200, ErrorMessage = "Ai:MemoryTurns must be between 0 and 200.")]
    public int MemoryTurns { get; set; } = 12;
}
