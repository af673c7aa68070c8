namespace PaperBot.Discord.Gateway;

/// <summary>A shard as <c>stats</c> shows it: its state since when, and what it has done in this process.</summary>
/// <param name="Events">Dispatches received (all sessions of this shard).</param>
/// <param name="LastClose">Why its last connection ended, when one has.</param>
internal sealed record ShardSnapshot(int Id, int Count, string State, DateTimeOffset Since, int Identifies, int Resumes, int Events, string? LastClose);
