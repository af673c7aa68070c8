using System.Text.Json.Nodes;

namespace PaperBot.FakeDiscord;

/// <summary>Realistic dispatch data, shaped like the fixtures (shared/fixtures/discord/interactions and gateway).</summary>
public static class FakeDispatches
{
    /// <summary>READY's data (ready-dispatch.json): the bot user, one unavailable guild, the session to resume.</summary>
    public static JsonObject Ready(string sessionId, string applicationId, string resumeGatewayUrl, FakeShard shard) => new()
    {
        ["v"] = 10,
        ["user"] = new JsonObject { ["id"] = applicationId, ["username"] = "paperbot", ["discriminator"] = "0", ["global_name"] = null, ["avatar"] = null, ["bot"] = true },
        ["guilds"] = FakeShard.Of(FakeIds.Guild, shard.Count) == shard.Id ? new JsonArray(new JsonObject { ["id"] = FakeIds.Guild, ["unavailable"] = true }) : new JsonArray(),
        ["session_id"] = sessionId,
        ["resume_gateway_url"] = resumeGatewayUrl,
        ["shard"] = new JsonArray(shard.Id, shard.Count),
        ["application"] = new JsonObject { ["id"] = applicationId, ["flags"] = 8_912_896 },
    };

    /// <summary>The data of <c>/paper search query:"diffusion models"</c> (slash-command-interaction-paper.json).</summary>
    public static JsonObject PaperSearchCommand(string query = "diffusion models") => new()
    {
        ["id"] = FakeIds.CommandPaper,
        ["name"] = "paper",
        ["type"] = 1,
        ["options"] = new JsonArray(new JsonObject
        {
            ["type"] = 1,
            ["name"] = "search",
            ["options"] = new JsonArray(new JsonObject { ["type"] = 3, ["name"] = "query", ["value"] = query }),
        }),
    };

    public static JsonObject Interaction(string id, string token, string applicationId, int type, JsonObject data, string channelId, string guildId, string permissions, string userId = FakeIds.User) => new()
    {
        ["id"] = id,
        ["application_id"] = applicationId,
        ["type"] = type,
        ["data"] = data,
        ["guild"] = new JsonObject { ["id"] = guildId, ["locale"] = "en-US", ["features"] = new JsonArray() },
        ["guild_id"] = guildId,
        ["channel"] = new JsonObject { ["id"] = channelId, ["type"] = 0, ["guild_id"] = guildId, ["name"] = "papers", ["permissions"] = permissions },
        ["channel_id"] = channelId,
        ["member"] = new JsonObject
        {
            ["user"] = User(userId, userId == FakeIds.User ? "ada" : "member", userId == FakeIds.User ? "Ada" : "Member"),
            ["nick"] = null,
            ["roles"] = new JsonArray(),
            ["joined_at"] = "2025-01-16T04:00:00.000000+00:00",
            ["deaf"] = false,
            ["mute"] = false,
            ["flags"] = 0,
            ["pending"] = false,
            ["permissions"] = permissions,
        },
        ["token"] = token,
        ["version"] = 1,
        ["app_permissions"] = FakeIds.AppPermissions,
        ["locale"] = "en-US",
        ["guild_locale"] = "en-US",
        ["entitlements"] = new JsonArray(),
        ["authorizing_integration_owners"] = new JsonObject { ["0"] = guildId },
        ["context"] = 0,
        ["attachment_size_limit"] = 10_485_760,
    };

    public static JsonObject MessageCreate(string id, string content, string channelId, string? guildId, string authorId, IEnumerable<string> mentionIds) => new()
    {
        ["id"] = id,
        ["channel_id"] = channelId,
        ["guild_id"] = guildId,
        ["author"] = User(authorId, "ada", "Ada"),
        ["member"] = guildId is null ? null : new JsonObject { ["roles"] = new JsonArray(), ["joined_at"] = "2025-01-16T04:00:00.000000+00:00", ["deaf"] = false, ["mute"] = false },
        ["content"] = content,
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["edited_timestamp"] = null,
        ["tts"] = false,
        ["mention_everyone"] = false,
        ["mentions"] = new JsonArray([.. mentionIds.Select(m => (JsonNode)User(m, "paperbot", null, bot: true))]),
        ["mention_roles"] = new JsonArray(),
        ["attachments"] = new JsonArray(),
        ["embeds"] = new JsonArray(),
        ["pinned"] = false,
        ["type"] = 0,
        ["flags"] = 0,
        ["channel_type"] = guildId is null ? 1 : 0,
    };

    /// <summary>
    /// MESSAGE_REACTION_ADD (<paramref name="added"/>) or MESSAGE_REACTION_REMOVE data as the gateway sends them: in a
    /// guild an addition carries the reacting <c>member</c> (with <c>user</c>) and <c>message_author_id</c>; a removal
    /// carries neither. A Unicode emoji has a null id and the emoji as its name.
    /// </summary>
    public static JsonObject Reaction(bool added, string messageId, string userId, string emoji, string channelId, string? guildId, string? messageAuthorId, bool userIsBot = false)
    {
        var reaction = new JsonObject
        {
            ["user_id"] = userId,
            ["type"] = 0,
            ["message_id"] = messageId,
            ["emoji"] = new JsonObject { ["id"] = null, ["name"] = emoji },
            ["channel_id"] = channelId,
            ["burst"] = false,
        };
        if (guildId is not null)
        {
            reaction["guild_id"] = guildId;
        }

        if (added)
        {
            reaction["message_author_id"] = messageAuthorId;
            reaction["burst_colors"] = new JsonArray();
            if (guildId is not null)
            {
                reaction["member"] = new JsonObject
                {
                    ["user"] = User(userId, userIsBot ? "somebot" : "member", null, userIsBot),
                    ["roles"] = new JsonArray(),
                    ["joined_at"] = "2025-01-16T04:00:00.000000+00:00",
                    ["deaf"] = false,
                    ["mute"] = false,
                    ["flags"] = 0,
                };
            }
        }

        return reaction;
    }

    private static JsonObject User(string id, string username, string? globalName, bool bot = false)
    {
        var user = new JsonObject { ["id"] = id, ["username"] = username, ["discriminator"] = "0", ["global_name"] = globalName, ["avatar"] = null, ["public_flags"] = 0 };
        if (bot)
        {
            user["bot"] = true;
        }

        return user;
    }
}
