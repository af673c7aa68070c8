using System.Globalization;
using System.Text.Json.Nodes;

namespace PaperBot.FakeDiscord;

/// <summary>A shard as Identify names it, and Discord's routing: a guild's events go to <c>(guild_id &gt;&gt; 22) % count</c>, the rest to shard 0.</summary>
public readonly record struct FakeShard(int Id, int Count)
{
    /// <summary>The guild an event belongs to: <c>guild_id</c>, or the guild itself for GUILD_CREATE/UPDATE/DELETE; null for DMs.</summary>
    public static string? GuildOf(string type, JsonNode? data)
    {
        var key = type.StartsWith("GUILD_", StringComparison.Ordinal) && data?["guild_id"] is null ? "id" : "guild_id";
        return data?[key] is JsonValue value && value.TryGetValue<string>(out var id) ? id : null;
    }

    public static int Of(string? guildId, int count) =>
        guildId is null || count <= 1 ? 0 : (int)((ulong.Parse(guildId, CultureInfo.InvariantCulture) >> 22) % (ulong)count);

    /// <summary>A guild id (with a current timestamp) that <see cref="Of"/> routes to <paramref name="shard"/> of <paramref name="count"/>.</summary>
    public static string GuildOn(int shard, int count)
    {
        // Only the timestamp bits route: round it to the shard, keep the low bits that make the id unique.
        var id = ulong.Parse(FakeSnowflake.Next(), CultureInfo.InvariantCulture);
        var ms = id >> 22;
        ms = ms - (ms % (ulong)count) + (ulong)shard;
        return ((ms << 22) | (id & 0x3F_FFFF)).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Reads Identify's <c>shard</c>: absent means <c>[0, 1]</c>; null when it is not two integers.</summary>
    public static FakeShard? Read(JsonNode? shard)
    {
        if (shard is null)
        {
            return new FakeShard(0, 1);
        }

        return shard is JsonArray { Count: 2 } pair && pair[0] is JsonValue a && a.TryGetValue<int>(out var id)
               && pair[1] is JsonValue b && b.TryGetValue<int>(out var count)
            ? new FakeShard(id, count)
            : null;
    }

    public int Bucket(int maxConcurrency) => Id % Math.Max(1, maxConcurrency);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Id}, {Count}]");
}
