using PaperBot.Discord.Gateway;

namespace PaperBot.Shards;

/// <summary>What one bot process last wrote about its gateway shards (a file beside the database), for <c>stats</c>.</summary>
/// <param name="Shards">Configured: <c>Discord:ShardIds</c>, or "all" when the process runs every shard.</param>
internal sealed record ShardReport(int ProcessId, string ShardIds, DateTimeOffset UpdatedAt, IReadOnlyList<ShardSnapshot> Shards)
{
    /// <summary>The bot rewrites its report this often; one much older comes from a process that is gone.</summary>
    public static readonly TimeSpan WriteInterval = TimeSpan.FromSeconds(10);

    public bool IsStale(DateTimeOffset now) => now - UpdatedAt > 3 * WriteInterval;
}
