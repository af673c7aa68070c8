using System.Text.Json.Nodes;

namespace PaperBot.FakeDiscord;

/// <summary>Identify as Discord checks it: the close code it would answer with (or null), and what it would frown on.</summary>
internal static class FakeIdentifyCheck
{
    private const long MessageContent = 1 << 15;
    private const long KnownIntents = (1L << 26) - 1;

    /// <param name="requiredShards">Discord's count: an identify with fewer shards is closed with 4011 (sharding required).</param>
    public static int? CloseCode(FakeGatewayConnection connection, JsonObject? d, FakeDiscordOptions options, int requiredShards, Action<string> violation)
    {
        if (connection.Authenticated)
        {
            violation($"connection {connection.Index}: identify on an authenticated connection");
            return 4005;
        }

        if (d?["token"] is not JsonValue token || !token.TryGetValue<string>(out var text) || text != options.Token)
        {
            return 4004;
        }

        if (d["properties"] is not JsonObject properties || properties["os"] is null || properties["browser"] is null || properties["device"] is null)
        {
            violation($"connection {connection.Index}: identify without properties.os/browser/device");
        }

        if (d["compress"] is JsonValue compress && compress.TryGetValue<bool>(out var on) && on)
        {
            violation($"connection {connection.Index}: identify asks for compress:true (payload compression)");
        }

        var intents = d["intents"] is JsonValue v && v.TryGetValue<long>(out var i) ? i : -1;
        if (intents < 0 || (intents & ~KnownIntents) != 0)
        {
            return 4013;
        }

        if ((intents & MessageContent) != 0 && !options.MessageContentAllowed)
        {
            return 4014;
        }

        // Invalid shard (4010): not [id, count] with 0 <= id < count. Too few shards for the bot's guilds: 4011.
        if (FakeShard.Read(d["shard"]) is not { } shard || shard.Count < 1 || shard.Id < 0 || shard.Id >= shard.Count)
        {
            return 4010;
        }

        return shard.Count < requiredShards ? 4011 : null;
    }
}
