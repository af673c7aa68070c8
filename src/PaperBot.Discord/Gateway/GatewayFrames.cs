using System.Buffers;
using System.Text.Json;

namespace PaperBot.Discord.Gateway;

/// <summary>The frames PaperBot sends. They carry the token, so they are built here and never logged.</summary>
internal static class GatewayFrames
{
    /// <summary>
    /// GUILDS | GUILD_MESSAGES | GUILD_MESSAGE_REACTIONS | DIRECT_MESSAGES | DIRECT_MESSAGE_REACTIONS (13825), none
    /// privileged: the reactions are 👍 votes and 🔖 saves on PaperBot's paper messages.
    /// </summary>
    public const int BaseIntents = 1 | (1 << 9) | (1 << 10) | (1 << 12) | (1 << 13);

    public const int MessageContentIntent = 1 << 15;

    public static int Intents(bool messageContent) => BaseIntents | (messageContent ? MessageContentIntent : 0);

    public static byte[] Heartbeat(int? sequence) => Write(w =>
    {
        w.WriteNumber("op", (int)GatewayOpcode.Heartbeat);
        if (sequence is { } s)
        {
            w.WriteNumber("d", s);
        }
        else
        {
            w.WriteNull("d");
        }
    });

    public static byte[] Identify(string token, int intents, ShardId shard) => Write(w =>
    {
        w.WriteNumber("op", (int)GatewayOpcode.Identify);
        w.WriteStartObject("d");
        w.WriteString("token", token);
        w.WriteStartObject("properties");
        w.WriteString("os", OperatingSystemName());
        w.WriteString("browser", "paperbot");
        w.WriteString("device", "paperbot");
        w.WriteEndObject();
        w.WriteNumber("intents", intents);
        w.WriteStartArray("shard");
        w.WriteNumberValue(shard.Id);
        w.WriteNumberValue(shard.Count);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static byte[] Resume(string token, string sessionId, int? sequence) => Write(w =>
    {
        w.WriteNumber("op", (int)GatewayOpcode.Resume);
        w.WriteStartObject("d");
        w.WriteString("token", token);
        w.WriteString("session_id", sessionId);
        if (sequence is { } s)
        {
            w.WriteNumber("seq", s);
        }
        else
        {
            w.WriteNull("seq");
        }

        w.WriteEndObject();
    });

    private static string OperatingSystemName() =>
        OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "unknown";

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
