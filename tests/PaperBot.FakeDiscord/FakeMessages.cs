using System.Text.Json.Nodes;

namespace PaperBot.FakeDiscord;

/// <summary>What the REST routes share: message checks as Discord makes them, refusals that are also recorded, message objects.</summary>
internal sealed class FakeMessages(FakeDiscordOptions options, FakeRecorder recorder)
{
    public FakeResponse? Reject(JsonObject? body, string what)
    {
        if (body is null || MessageValidator.IsEmpty(body))
        {
            return Refuse($"{what}: empty message", 400, 50006, "Cannot send an empty message");
        }

        if (MessageValidator.Validate(body) is { } errors)
        {
            return Refuse($"{what}: invalid form body {errors.ToJsonString()}", 400, 50035, "Invalid Form Body", errors);
        }

        CheckAllowedMentions(body, what);
        return null;
    }

    public void CheckAllowedMentions(JsonObject body, string what)
    {
        if (body["allowed_mentions"] is not JsonObject)
        {
            recorder.Violation($"{what}: no allowed_mentions");
        }
    }

    public FakeResponse Refuse(string violation, int status, int code, string message, JsonObject? errors = null)
    {
        recorder.Violation(violation);
        return FakeResponse.Error(status, code, message, errors);
    }

    public static JsonObject Required(string field)
    {
        var errors = new JsonObject();
        MessageValidator.Add(errors, [field], "BASE_TYPE_REQUIRED", "This field is required");
        return errors;
    }

    public JsonObject MessageObject(JsonObject body, string? channelId, bool webhook)
    {
        var message = new JsonObject
        {
            ["id"] = FakeSnowflake.Next(),
            ["channel_id"] = channelId ?? FakeIds.Channel,
            ["type"] = 0,
            ["content"] = body["content"]?.DeepClone() ?? "",
            ["embeds"] = body["embeds"]?.DeepClone() ?? new JsonArray(),
            ["components"] = body["components"]?.DeepClone() ?? new JsonArray(),
            ["author"] = new JsonObject { ["id"] = options.ApplicationId, ["username"] = "paperbot", ["bot"] = true },
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["flags"] = body["flags"]?.DeepClone() ?? 0,
        };
        if (body["nonce"] is { } nonce)
        {
            message["nonce"] = nonce.DeepClone();
        }

        if (webhook)
        {
            message["webhook_id"] = options.ApplicationId;
            message["application_id"] = options.ApplicationId;
        }

        return message;
    }
}
