using System.Text.Json.Nodes;

namespace PaperBot.FakeDiscord;

/// <summary>Interaction routes: the callback (once, within the deadline), @original and follow-ups (token valid 15 min).</summary>
internal sealed class FakeInteractionRoutes(FakeDiscordOptions options, FakeRecorder recorder, FakeInteractions interactions, FakeMessages messages)
{
    public FakeResponse Callback(string id, string token, JsonObject? body, IReadOnlyList<RecordedFile> files, bool withResponse = false)
    {
        var entry = interactions.ById(id);
        var now = DateTimeOffset.UtcNow;
        if (entry is null || entry.Token != token)
        {
            return messages.Refuse($"callback for unknown interaction {id}", 404, 10062, "Unknown interaction");
        }

        if (now - entry.SentAt > options.InteractionDeadline)
        {
            return messages.Refuse($"callback {(now - entry.SentAt).TotalMilliseconds:F0} ms after interaction {id}", 404, 10062, "Unknown interaction");
        }

        var type = body?["type"] is JsonValue t && t.TryGetValue<int>(out var value) ? value : 0;
        var data = body?["data"] as JsonObject;
        var errors = type switch
        {
            4 or 7 => data is null ? FakeMessages.Required("data") : MessageValidator.Validate(data),
            8 => MessageValidator.ValidateChoices(data?["choices"] as JsonArray),
            5 => (data?["flags"]?.GetValue<int>() ?? 0) is 0 or 64 ? null : FlagsError(),
            1 or 6 or 9 => null,
            _ => FakeMessages.Required("type"),
        };
        if (errors is not null)
        {
            return messages.Refuse($"callback {id}: invalid form body {errors.ToJsonString()}", 400, 50035, "Invalid Form Body", errors);
        }

        if (type is 4 or 7 && data is not null && files.Count == 0 && MessageValidator.IsEmpty(data))
        {
            return messages.Refuse($"callback {id}: empty message", 400, 50006, "Cannot send an empty message");
        }

        if (files.Count > 0 && type is not (4 or 7))
        {
            return messages.Refuse($"callback {id}: files with callback type {type}", 400, 50035, "Invalid Form Body", FakeMessages.Required("data"));
        }

        if (type is 4 or 7)
        {
            messages.CheckAllowedMentions(data!, $"callback {id}");
        }

        lock (interactions.Sync)
        {
            if (entry.Acknowledged)
            {
                return messages.Refuse($"second callback for interaction {id}", 400, 40060, "Interaction has already been acknowledged.");
            }

            entry.Acknowledged = true;
            entry.Original = type is 4 or 5 ? messages.MessageObject(type == 4 ? data! : [], entry.ChannelId, webhook: true, files) : null;
        }

        recorder.Callback(new RecordedCallback(id, type, (JsonObject?)data?.DeepClone(), now - entry.SentAt, now) { Files = files });
        return withResponse ? FakeResponse.Ok(CallbackResponse(entry, type)) : FakeResponse.NoContent();
    }

    public FakeResponse Original(string method, string applicationId, string token, JsonObject? body, IReadOnlyList<RecordedFile> files)
    {
        if (Webhook(applicationId, token) is not { } entry)
        {
            return messages.Refuse("unknown webhook for @original", 404, 10015, "Unknown Webhook");
        }

        lock (interactions.Sync)
        {
            if (entry.Original is null)
            {
                return messages.Refuse("@original before an initial response", 404, 10008, "Unknown Message");
            }

            if (method == "GET")
            {
                return FakeResponse.Ok(entry.Original.DeepClone());
            }

            if (method != "PATCH" || body is null)
            {
                return FakeResponse.Error(405, 0, "405: Method Not Allowed");
            }

            if (MessageValidator.Validate(body) is { } errors)
            {
                return messages.Refuse($"edit @original: invalid form body {errors.ToJsonString()}", 400, 50035, "Invalid Form Body", errors);
            }

            messages.CheckAllowedMentions(body, "edit @original");
            foreach (var (key, value) in body)
            {
                entry.Original[key] = value?.DeepClone();
            }

            if (files.Count > 0)
            {
                entry.Original["attachments"] = FakeMessages.Attachments(files);
            }

            recorder.OriginalEdit(new RecordedMessage(entry.Original["id"]!.GetValue<string>(), null, token, (JsonObject)body.DeepClone(), DateTimeOffset.UtcNow) { Files = files });
            return FakeResponse.Ok(entry.Original.DeepClone());
        }
    }

    public FakeResponse Followup(string applicationId, string token, JsonObject? body, IReadOnlyList<RecordedFile> files)
    {
        if (Webhook(applicationId, token) is null)
        {
            return messages.Refuse("follow-up to an unknown webhook", 404, 10015, "Unknown Webhook");
        }

        if (messages.Reject(body, "follow-up", files.Count > 0) is { } refused)
        {
            return refused;
        }

        var message = messages.MessageObject(body!, Webhook(applicationId, token)!.ChannelId, webhook: true, files);
        recorder.Followup(new RecordedMessage(message["id"]!.GetValue<string>(), null, token, (JsonObject)body!.DeepClone(), DateTimeOffset.UtcNow) { Files = files });
        return FakeResponse.Ok(message);
    }

    /// <summary>The interaction callback response (<c>?with_response=true</c>): the interaction and, for a message, the message created.</summary>
    private JsonObject CallbackResponse(FakeInteractions.Entry entry, int type)
    {
        lock (interactions.Sync)
        {
            var message = entry.Original;
            var flags = message?["flags"] is JsonValue f && f.TryGetValue<int>(out var value) ? value : 0;
            var response = new JsonObject
            {
                ["interaction"] = new JsonObject
                {
                    ["id"] = entry.Id,
                    ["type"] = 2,
                    ["activity_instance_id"] = null,
                    ["response_message_id"] = message?["id"]?.DeepClone(),
                    ["response_message_loading"] = type == 5,
                    ["response_message_ephemeral"] = (flags & 64) != 0,
                },
            };
            if (type is 4 or 5 && message is not null)
            {
                response["resource"] = new JsonObject { ["type"] = type, ["message"] = message.DeepClone() };
            }

            return response;
        }
    }

    private FakeInteractions.Entry? Webhook(string applicationId, string token) =>
        applicationId == options.ApplicationId && interactions.ByToken(token) is { } entry
        && DateTimeOffset.UtcNow - entry.SentAt < options.InteractionTokenLifetime ? entry : null;

    // A deferred answer may only be marked ephemeral.
    private static JsonObject FlagsError()
    {
        var errors = new JsonObject();
        MessageValidator.Add(errors, ["data", "flags"], "INTERACTION_RESPONSE_FLAGS_INVALID", "Only EPHEMERAL may be set on a deferred response.");
        return errors;
    }
}
