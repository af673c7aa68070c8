namespace PaperBot.Discord.Models;

/// <summary>A guild member. In interactions <see cref="Permissions"/> is the invoker's permission set in that channel.</summary>
internal sealed record GuildMember
{
    public User? User { get; init; }

    public string? Nick { get; init; }

    /// <summary>Permission bits as a decimal string (see <see cref="PaperBot.Discord.Models.Permissions"/>).</summary>
    public string? Permissions { get; init; }
}
