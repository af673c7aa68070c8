using System.Net;
using System.Text;
using System.Text.Json;
using PaperBot.Discord.Json;

namespace PaperBot.Discord.Rest;

/// <summary>
/// Turns a refused request into one readable <see cref="DiscordApiException"/>:
/// <c>Discord refused POST /channels/{id}/messages: 50035 Invalid Form Body (embeds.0.title: Must be 256 or fewer in length.)</c>.
/// Bodies that are not Discord's JSON (proxies, Cloudflare) still give a message, with code 0.
/// </summary>
internal static class DiscordErrorParser
{
    private const int MaxDetails = 5;
    private const int MaxBodyEcho = 200;

    public static DiscordApiException Parse(HttpStatusCode status, string route, string body)
    {
        if (status == HttpStatusCode.Unauthorized)
        {
            return new DiscordApiException(status, DiscordErrorCodes.Unauthorized,
                $"Discord rejected the bot token (401 on {route}): check Discord:Token");
        }

        if (TryParseJson(body, out var code, out var message, out var errorsJson, out var details))
        {
            var text = $"Discord refused {route}: {code} {message}";
            if (details.Count > 0)
            {
                text += $" ({string.Join("; ", details)})";
            }

            return new DiscordApiException(status, code, text, errorsJson);
        }

        var echo = body.Length > MaxBodyEcho ? body[..MaxBodyEcho] + "…" : body;
        return new DiscordApiException(status, 0,
            $"Discord refused {route}: HTTP {(int)status} {status} ({(echo.Length == 0 ? "empty body" : echo.ReplaceLineEndings(" "))})");
    }

    private static bool TryParseJson(string body, out int code, out string message, out string? errorsJson, out List<string> details)
    {
        code = 0;
        message = "";
        errorsJson = null;
        details = [];
        if (!DiscordJsonBody.TryRead(body, DiscordJsonContext.Default.DiscordError, out var error))
        {
            return false;
        }

        code = error.Code;
        message = error.Message ?? "";
        if (error.Errors is { ValueKind: JsonValueKind.Object } errors)
        {
            errorsJson = errors.GetRawText();
            Collect(errors, new StringBuilder(), details);
        }

        return true;
    }

    // The errors tree mirrors the request's JSON path; leaves are "_errors" arrays of {code, message}.
    private static void Collect(JsonElement node, StringBuilder path, List<string> details)
    {
        foreach (var property in node.EnumerateObject())
        {
            if (details.Count >= MaxDetails)
            {
                return;
            }

            if (property.NameEquals("_errors") && property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in property.Value.EnumerateArray())
                {
                    var text = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var m)
                        ? m.GetString() ?? "" : error.ToString();
                    details.Add(path.Length == 0 ? text : $"{path}: {text}");
                }
            }
            else if (property.Value.ValueKind == JsonValueKind.Object)
            {
                var length = path.Length;
                path.Append(length == 0 ? "" : ".").Append(property.Name);
                Collect(property.Value, path, details);
                path.Length = length;
            }
        }
    }
}
