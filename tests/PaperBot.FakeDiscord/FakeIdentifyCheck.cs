using System.Text.Json.Nodes;

namespace PaperBot.FakeDiscord;

/// <summary>Identify as Discord checks it: the close code it would answer with (or null), and what it would frown on.</summary>
internal static class FakeIdentifyCheck
{
    private const long MessageContent = 1 << 15;
    private const long KnownIntents = (1L << 26) - 1;

    public static int? CloseCode(FakeGatewayConnection connection, JsonObject? d, FakeDiscordOptions options, Action<string> violation)
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

        return (intents & MessageContent) != 0 && !options.MessageContentAllowed ? 4014 : null;
    }
}
