using PaperBot.Discord.Json;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Bot;

/// <summary>Who the bot is, learned from READY: its user id (to notice mentions and ignore itself) and its application id.</summary>
internal sealed class BotIdentity
{
    private volatile ReadyEvent? _ready;

    public Snowflake? UserId => _ready?.User.Id;

    public Snowflake? ApplicationId => _ready?.Application.Id;

    public void Update(ReadyEvent ready) => _ready = ready;
}
