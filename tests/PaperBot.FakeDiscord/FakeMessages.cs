using System.Text.Json.Nodes;

namespace PaperBot.FakeDiscord;

/// <summary>What the REST routes share: message checks as Discord makes them, refusals that are also recorded, message objects.</summary>
internal sealed class FakeMessages(FakeDiscordOptions options, FakeRecorder recorder)
{
    public FakeResponse? Reject(JsonObject? body, string what, bool hasFiles = false)
    {
        if (body is null || (!hasFiles && MessageValidator.IsEmpty(body)))
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

    /// <summary>A message's <c>attachments</c> as Discord returns them for uploaded files.</summary>
    public static JsonArray Attachments(IReadOnlyList<RecordedFile> files) =>
        new([.. files.Select(f => (JsonNode)new JsonObject
        {
            ["id"] = FakeSnowflake.Next(),
            ["filename"] = f.FileName,
            ["size"] = f.Content.Length,
            ["content_type"] = f.ContentType,
            ["url"] = $"https://cdn.discordapp.com/attachments/{FakeIds.Channel}/{f.Id}/{Uri.EscapeDataString(f.FileName)}",
        })]);

    public JsonObject MessageObject(JsonObject body, string? channelId, bool webhook, IReadOnlyList<RecordedFile>? files = null)
    {
        var message = new JsonObject
        {
            ["id"] = FakeSnowflake.Next(),
            ["channel_id"] = channelId ?? FakeIds.Channel,
            ["type"] = 0,
            ["content"] = body["content"]?.DeepClone() ?? "",
            ["embeds"] = body["embeds"]?.DeepClone() ?? new JsonArray(),
            ["components"] = body["components"]?.DeepClone() ?? new JsonArray(),
            ["attachments"] = Attachments(files ?? []),
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
