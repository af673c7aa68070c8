using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PaperBot.Discord.Rest;

/// <summary>
/// Reads a refused request's body as Discord's JSON object; false for anything else (a proxy's HTML, Cloudflare's
/// <c>error code: 1015</c>, an empty body), which callers report in their own way.
/// </summary>
internal static class DiscordJsonBody
{
    public static bool TryRead<T>(string body, JsonTypeInfo<T> type, [NotNullWhen(true)] out T? value)
        where T : class
    {
        value = null;
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{')
        {
            return false;
        }

        try
        {
            value = JsonSerializer.Deserialize(body, type);
            return value is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
