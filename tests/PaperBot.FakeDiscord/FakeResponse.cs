using System.Text.Json.Nodes;

namespace PaperBot.FakeDiscord;

/// <summary>What a fake REST route answers.</summary>
internal sealed record FakeResponse(int Status, JsonNode? Json = null, string? Text = null, string ContentType = "application/json")
{
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static FakeResponse NoContent() => new(204);

    public static FakeResponse Ok(JsonNode json) => new(200, json);

    public static FakeResponse Error(int status, int code, string message, JsonObject? errors = null)
    {
        var body = new JsonObject { ["message"] = message, ["code"] = code };
        if (errors is not null)
        {
            body["errors"] = errors;
        }

        return new FakeResponse(status, body);
    }
}
