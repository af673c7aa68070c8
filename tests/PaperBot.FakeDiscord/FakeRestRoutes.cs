using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace PaperBot.FakeDiscord;

/// <summary>The REST routes PaperBot uses, answered as Discord does (status codes, error codes, message objects).</summary>
internal sealed class FakeRestRoutes(FakeDiscordOptions options, FakeRecorder recorder, FakeInteractions interactions, Func<string> gatewayUrl)
{
    private readonly ConcurrentDictionary<string, FakeChannelState> _channels = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (JsonObject Message, DateTimeOffset At)> _nonces = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JsonArray> _commands = new(StringComparer.Ordinal);

    public void SetChannel(string channelId, FakeChannelState state) => _channels[channelId] = state;

    public Task<FakeResponse> RouteAsync(string method, string[] s, JsonObject? body)
    {
        var response = (method, s.Length, s[0]) switch
        {
            ("GET", 2, "gateway") when s[1] == "bot" => GatewayBot(),
            ("POST", 4, "interactions") when s[3] == "callback" => Callback(s[1], s[2], body),
            (_, 5, "webhooks") when s[3] == "messages" && s[4] == "@original" => Original(method, s[1], s[2], body),
            ("POST", 3, "webhooks") => Followup(s[1], s[2], body),
            ("POST", 3, "channels") when s[2] == "messages" => ChannelMessage(s[1], body),
            ("POST", 3, "channels") when s[2] == "typing" => Typing(s[1]),
            ("GET" or "PUT", 3, "applications") when s[2] == "commands" => Commands(method, s[1], "global", body),
            ("GET" or "PUT", 5, "applications") when s[2] == "guilds" && s[4] == "commands" => Commands(method, s[1], s[3], body),
            _ => FakeResponse.Error(404, 0, "404: Not Found"),
        };
        return Task.FromResult(response);
    }

    private FakeResponse GatewayBot() => FakeResponse.Ok(new JsonObject
    {
        ["url"] = gatewayUrl(),
        ["shards"] = 1,
        ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = 999, ["reset_after"] = 14_400_000, ["max_concurrency"] = options.MaxConcurrency },
    });

    private FakeResponse Callback(string id, string token, JsonObject? body)
    {
        var entry = interactions.ById(id);
        var now = DateTimeOffset.UtcNow;
        if (entry is null || entry.Token != token)
        {
            return Refuse($"callback for unknown interaction {id}", 404, 10062, "Unknown interaction");
        }

        if (now - entry.SentAt > options.InteractionDeadline)
        {
            return Refuse($"callback {(now - entry.SentAt).TotalMilliseconds:F0} ms after interaction {id}", 404, 10062, "Unknown interaction");
        }

        var type = body?["type"] is JsonValue t && t.TryGetValue<int>(out var value) ? value : 0;
        var data = body?["data"] as JsonObject;
        var errors = type switch
        {
            4 or 7 => data is null ? Required("data") : MessageValidator.Validate(data),
            8 => MessageValidator.ValidateChoices(data?["choices"] as JsonArray),
            1 or 5 or 6 or 9 => null,
            _ => Required("type"),
        };
        if (errors is not null)
        {
            return Refuse($"callback {id}: invalid form body {errors.ToJsonString()}", 400, 50035, "Invalid Form Body", errors);
        }

        if (type is 4 or 7 && data is not null && MessageValidator.IsEmpty(data))
        {
            return Refuse($"callback {id}: empty message", 400, 50006, "Cannot send an empty message");
        }

        if (type is 4 or 7)
        {
            CheckAllowedMentions(data!, $"callback {id}");
        }

        lock (interactions.Sync)
        {
            if (entry.Acknowledged)
            {
                return Refuse($"second callback for interaction {id}", 400, 40060, "Interaction has already been acknowledged.");
            }

            entry.Acknowledged = true;
            entry.Original = type is 4 or 5 ? MessageObject(type == 4 ? data! : [], null, webhook: true) : null;
        }

        recorder.Callback(new RecordedCallback(id, type, (JsonObject?)data?.DeepClone(), now - entry.SentAt, now));
        return FakeResponse.NoContent();
    }

    private FakeResponse Original(string method, string applicationId, string token, JsonObject? body)
    {
        if (Webhook(applicationId, token) is not { } entry)
        {
            return Refuse("unknown webhook for @original", 404, 10015, "Unknown Webhook");
        }

        lock (interactions.Sync)
        {
            if (entry.Original is null)
            {
                return Refuse("@original before an initial response", 404, 10008, "Unknown Message");
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
                return Refuse($"edit @original: invalid form body {errors.ToJsonString()}", 400, 50035, "Invalid Form Body", errors);
            }

            CheckAllowedMentions(body, "edit @original");
            foreach (var (key, value) in body)
            {
                entry.Original[key] = value?.DeepClone();
            }

            recorder.OriginalEdit(new RecordedMessage(entry.Original["id"]!.GetValue<string>(), null, token, (JsonObject)body.DeepClone(), DateTimeOffset.UtcNow));
            return FakeResponse.Ok(entry.Original.DeepClone());
        }
    }

    private FakeResponse Followup(string applicationId, string token, JsonObject? body)
    {
        if (Webhook(applicationId, token) is null)
        {
            return Refuse("follow-up to an unknown webhook", 404, 10015, "Unknown Webhook");
        }

        if (Reject(body, "follow-up") is { } refused)
        {
            return refused;
        }

        var message = MessageObject(body!, null, webhook: true);
        recorder.Followup(new RecordedMessage(message["id"]!.GetValue<string>(), null, token, (JsonObject)body!.DeepClone(), DateTimeOffset.UtcNow));
        return FakeResponse.Ok(message);
    }

    private FakeResponse ChannelMessage(string channelId, JsonObject? body)
    {
        switch (_channels.GetValueOrDefault(channelId))
        {
            case FakeChannelState.Deleted:
                return Refuse($"message to deleted channel {channelId}", 404, 10003, "Unknown Channel");
            case FakeChannelState.NoAccess:
                return Refuse($"message to channel {channelId} without access", 403, 50001, "Missing Access");
            case FakeChannelState.MissingPermissions:
                return Refuse($"message to channel {channelId} without permission", 403, 50013, "Missing Permissions");
        }

        if (Reject(body, $"message to {channelId}") is { } refused)
        {
            return refused;
        }

        var nonce = body!["nonce"]?.ToString();
        var enforce = body["enforce_nonce"] is JsonValue e && e.TryGetValue<bool>(out var b) && b;
        if (nonce is not null && enforce)
        {
            var key = $"{channelId}/{nonce}";
            lock (_nonces)
            {
                if (_nonces.TryGetValue(key, out var first) && DateTimeOffset.UtcNow - first.At < options.NonceWindow)
                {
                    return FakeResponse.Ok(first.Message.DeepClone());
                }

                var created = MessageObject(body, channelId, webhook: false);
                _nonces[key] = (created, DateTimeOffset.UtcNow);
                recorder.ChannelMessage(new RecordedMessage(created["id"]!.GetValue<string>(), channelId, null, (JsonObject)body.DeepClone(), DateTimeOffset.UtcNow));
                return FakeResponse.Ok(created.DeepClone());
            }
        }

        var message = MessageObject(body, channelId, webhook: false);
        recorder.ChannelMessage(new RecordedMessage(message["id"]!.GetValue<string>(), channelId, null, (JsonObject)body.DeepClone(), DateTimeOffset.UtcNow));
        return FakeResponse.Ok(message);
    }

    private FakeResponse Typing(string channelId)
    {
        if (_channels.GetValueOrDefault(channelId) == FakeChannelState.Deleted)
        {
            return Refuse($"typing in deleted channel {channelId}", 404, 10003, "Unknown Channel");
        }

        recorder.Typing(channelId);
        return FakeResponse.NoContent();
    }

    private FakeResponse Commands(string method, string applicationId, string scope, JsonObject? body)
    {
        if (applicationId != options.ApplicationId)
        {
            return Refuse($"commands of another application {applicationId}", 403, 50001, "Missing Access");
        }

        if (method == "GET")
        {
            return FakeResponse.Ok(_commands.GetValueOrDefault(scope)?.DeepClone() ?? new JsonArray());
        }

        if (body?["__array"] is not JsonArray list)
        {
            return Refuse("command PUT without an array body", 400, 50035, "Invalid Form Body", Required("commands"));
        }

        var stored = new JsonArray();
        foreach (var command in list.OfType<JsonObject>())
        {
            var copy = (JsonObject)command.DeepClone();
            copy["id"] ??= FakeSnowflake.Next();
            copy["application_id"] = options.ApplicationId;
            copy["version"] = FakeSnowflake.Next();
            if (scope != "global")
            {
                copy["guild_id"] = scope;
            }

            stored.Add(copy);
        }

        _commands[scope] = stored;
        recorder.CommandPut((JsonArray)list.DeepClone());
        return FakeResponse.Ok(stored.DeepClone());
    }

    private FakeResponse? Reject(JsonObject? body, string what)
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

    private FakeInteractions.Entry? Webhook(string applicationId, string token) =>
        applicationId == options.ApplicationId && interactions.ByToken(token) is { } entry
        && DateTimeOffset.UtcNow - entry.SentAt < options.InteractionTokenLifetime ? entry : null;

    private void CheckAllowedMentions(JsonObject body, string what)
    {
        if (body["allowed_mentions"] is not JsonObject)
        {
            recorder.Violation($"{what}: no allowed_mentions");
        }
    }

    private FakeResponse Refuse(string violation, int status, int code, string message, JsonObject? errors = null)
    {
        recorder.Violation(violation);
        return FakeResponse.Error(status, code, message, errors);
    }

    private static JsonObject Required(string field)
    {
        var errors = new JsonObject();
        MessageValidator.Add(errors, [field], "BASE_TYPE_REQUIRED", "This field is required");
        return errors;
    }

    private JsonObject MessageObject(JsonObject body, string? channelId, bool webhook)
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
