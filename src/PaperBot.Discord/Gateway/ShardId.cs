using System.Globalization;
using PaperBot.Discord.Json;

namespace PaperBot.Discord.Gateway;

/// <summary>
/// One gateway shard: <c>[Id, Count]</c> as Identify sends it. Discord routes a guild's events to shard
/// <c>(guild_id &gt;&gt; 22) % Count</c> and everything without a guild (DMs) to shard 0.
/// </summary>
internal readonly record struct ShardId(int Id, int Count)
{
    public static ShardId Single { get; } = new(0, 1);

    /// <summary>The shard that receives <paramref name="guildId"/>'s events; shard 0 for DMs (no guild).</summary>
    public static int Of(Snowflake? guildId, int count) =>
        guildId is { } guild && count > 1 ? (int)((guild.Value >> 22) % (ulong)count) : 0;

    /// <summary>Identifies share a rate-limit bucket with every shard whose id has the same remainder.</summary>
    public int Bucket(int maxConcurrency) => Id % Math.Max(1, maxConcurrency);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Id}, {Count}]");
}
