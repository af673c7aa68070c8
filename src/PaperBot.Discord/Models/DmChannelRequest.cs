using PaperBot.Discord.Json;

namespace PaperBot.Discord.Models;

/// <summary>The body of <c>POST /users/@me/channels</c>: whom to open a DM with.</summary>
internal sealed record DmChannelRequest(Snowflake RecipientId);
