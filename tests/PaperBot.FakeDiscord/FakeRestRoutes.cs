using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace PaperBot.FakeDiscord;

/// <summary>The REST routes PaperBot uses, answered as Discord does (status codes, error codes, message objects).</summary>
internal sealed class FakeRestRoutes(FakeDiscordOptions options, FakeRecorder recorder, FakeInteractionRoutes interactions, FakeMessages messages, Func<string> gatewayUrl, Func<int> shards)
{
    private readonly ConcurrentDictionary<string, FakeChannelState> _channels = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (JsonObject Message, DateTimeOffset At)> _nonces = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, JsonArray> _commands = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _dmChannels = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _heldAnswers = new(StringComparer.Ordinal);

    public void SetChannel(string channelId, FakeChannelState state) => _channels[channelId] = state;

    /// <summary>Answers to messages posted in the channel wait (the messages exist) until <see cref="ReleaseAnswers"/>.</summary>
    public void HoldAnswers(string channelId) =>
        _heldAnswers.TryAdd(channelId, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public void ReleaseAnswers(string channelId)
    {
        if (_heldAnswers.TryRemove(channelId, out var held))
        {
            held.SetResult();
        }
    }

    /// <summary>The DM channel with a user: the same one every time, as Discord answers <c>POST /users/@me/channels</c>.</summary>
    public string DmChannelOf(string userId) => _dmChannels.GetOrAdd(userId, _ => FakeSnowflake.Next());

    /// <summary>Lets every held answer go (the server stops: no request may wait forever).</summary>
    public void ReleaseAllAnswers()
    {
        foreach (var channel in _heldAnswers.Keys)
        {
            ReleaseAnswers(channel);
        }
    }

    /// <param name="query">The query string ("?with_response=true" on a callback asks for what it created).</param>
    public async Task<FakeResponse> RouteAsync(string method, string[] s, JsonObject? body, IReadOnlyList<RecordedFile> files, string query = "")
    {
        var response = (method, s.Length, s[0]) switch
        {
            ("GET", 2, "gateway") when s[1] == "bot" => GatewayBot(),
            ("POST", 4, "interactions") when s[3] == "callback" => interactions.Callback(s[1], s[2], body, files, query.Contains("with_response=true", StringComparison.OrdinalIgnoreCase)),
            (_, 5, "webhooks") when s[3] == "messages" && s[4] == "@original" => interactions.Original(method, s[1], s[2], body, files),
            ("POST", 3, "webhooks") => interactions.Followup(s[1], s[2], body, files),
            ("POST", 3, "channels") when s[2] == "messages" => ChannelMessage(s[1], body, files),
            ("POST", 3, "channels") when s[2] == "typing" => Typing(s[1]),
            ("POST", 3, "users") when s[1] == "@me" && s[2] == "channels" => DmChannel(body),
            ("GET" or "PUT", 3, "applications") when s[2] == "commands" => Commands(method, s[1], "global", body),
            ("GET" or "PUT", 5, "applications") when s[2] == "guilds" && s[4] == "commands" => Commands(method, s[1], s[3], body),
            _ => FakeResponse.Error(404, 0, "404: Not Found"),
        };
        if (method == "POST" && s is ["channels", var channel, "messages"] && _heldAnswers.TryGetValue(channel, out var held))
        {
            // The message exists from here on; only the answer is late (a slow or lost response, or a crash in between), until
            // the test lets it go: the sender can be killed while it waits, however loaded the machine.
            await held.Task;
        }

        return response;
    }

    private FakeResponse GatewayBot() => FakeResponse.Ok(new JsonObject
    {
        ["url"] = gatewayUrl(),
        ["shards"] = shards(),
        ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = options.SessionStartRemaining, ["reset_after"] = options.SessionStartResetAfterMilliseconds, ["max_concurrency"] = options.MaxConcurrency },
    });

    private FakeResponse ChannelMessage(string channelId, JsonObject? body, IReadOnlyList<RecordedFile> files)
    {
        switch (_channels.GetValueOrDefault(channelId))
        {
            case FakeChannelState.Deleted:
                return messages.Refuse($"message to deleted channel {channelId}", 404, 10003, "Unknown Channel");
            case FakeChannelState.NoAccess:
                return messages.Refuse($"message to channel {channelId} without access", 403, 50001, "Missing Access");
            case FakeChannelState.MissingPermissions:
                return messages.Refuse($"message to channel {channelId} without permission", 403, 50013, "Missing Permissions");
            case FakeChannelState.DmsClosed:
                // Not a violation: the bot cannot know a user's DM settings before it tries.
                return FakeResponse.Error(403, 50007, "Cannot send messages to this user");
        }

        if (messages.Reject(body, $"message to {channelId}", files.Count > 0) is { } refused)
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

                var created = messages.MessageObject(body, channelId, webhook: false, files);
                _nonces[key] = (created, DateTimeOffset.UtcNow);
                recorder.ChannelMessage(new RecordedMessage(created["id"]!.GetValue<string>(), channelId, null, (JsonObject)body.DeepClone(), DateTimeOffset.UtcNow) { Files = files });
                return FakeResponse.Ok(created.DeepClone());
            }
        }

        var message = messages.MessageObject(body, channelId, webhook: false, files);
        recorder.ChannelMessage(new RecordedMessage(message["id"]!.GetValue<string>(), channelId, null, (JsonObject)body.DeepClone(), DateTimeOffset.UtcNow) { Files = files });
        return FakeResponse.Ok(message);
    }

    private FakeResponse DmChannel(JsonObject? body)
    {
        if (body?["recipient_id"] is not JsonValue recipient || !recipient.TryGetValue<string>(out var userId))
        {
            return messages.Refuse("DM channel without a string recipient_id", 400, 50035, "Invalid Form Body", FakeMessages.Required("recipient_id"));
        }

        // A DM channel object (type 1), as the docs show it.
        return FakeResponse.Ok(new JsonObject
        {
            ["id"] = DmChannelOf(userId),
            ["type"] = 1,
            ["last_message_id"] = null,
            ["recipients"] = new JsonArray(new JsonObject { ["id"] = userId, ["username"] = "member", ["discriminator"] = "0", ["global_name"] = "Member" }),
        });
    }

    private FakeResponse Typing(string channelId)
    {
        if (_channels.GetValueOrDefault(channelId) == FakeChannelState.Deleted)
        {
            return messages.Refuse($"typing in deleted channel {channelId}", 404, 10003, "Unknown Channel");
        }

        recorder.Typing(channelId);
        return FakeResponse.NoContent();
    }

    private FakeResponse Commands(string method, string applicationId, string scope, JsonObject? body)
    {
        if (applicationId != options.ApplicationId)
        {
            return messages.Refuse($"commands of another application {applicationId}", 403, 50001, "Missing Access");
        }

        if (method == "GET")
        {
            return FakeResponse.Ok(_commands.GetValueOrDefault(scope)?.DeepClone() ?? new JsonArray());
        }

        if (body?["__array"] is not JsonArray list)
        {
            return messages.Refuse("command PUT without an array body", 400, 50035, "Invalid Form Body", FakeMessages.Required("commands"));
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
}
