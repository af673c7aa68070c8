using System.ComponentModel.DataAnnotations;

namespace PaperBot.Discord;

/// <summary>
/// Discord. Section <c>Discord</c>. Without a <see cref="Token"/> PaperBot does not connect (the local shell runs instead).
/// </summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    /// <summary>The bot token: from the environment (<c>PAPERBOT_Discord__Token</c>) or user-secrets, never from config files. Never logged.</summary>
    public string? Token { get; set; }

    /// <summary>The REST base URL. Default <c>https://discord.com/api/v10/</c>; tests point it at a local fake.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10/");

    /// <summary>The gateway URL to identify on. Default: none (asked of <c>GET /gateway/bot</c>).</summary>
    public Uri? GatewayUrl { get; set; }

    /// <summary>Register the slash commands to this guild only (they update instantly there). Default: none (global commands).</summary>
    public string? DevGuildId { get; set; }

    /// <summary>Ask for the privileged MESSAGE_CONTENT intent (must be enabled in the Developer Portal). Default false: mentions, replies and DMs work without it.</summary>
    public bool MessageContentIntent { get; set; }

    /// <summary>The first reconnect delay; it doubles (with jitter) up to <see cref="MaxReconnectDelayMilliseconds"/>. Default 1,000 ms.</summary>
    [Range(1, 600_000, ErrorMessage = "Discord:ReconnectDelayMilliseconds must be between 1 and 600000.")]
    public int ReconnectDelayMilliseconds { get; set; } = 1000;

    /// <summary>The longest wait between reconnect attempts. Default 60,000 ms.</summary>
    [Range(1, 3_600_000, ErrorMessage = "Discord:MaxReconnectDelayMilliseconds must be between 1 and 3600000.")]
    public int MaxReconnectDelayMilliseconds { get; set; } = 60_000;

    /// <summary>Defer an interaction's answer when the work has not finished after this long (Discord allows 3 s for the first answer, and the deferral itself needs time to get there). Default 1,500 ms.</summary>
    [Range(100, 2_000, ErrorMessage = "Discord:DeferAfterMilliseconds must be between 100 and 2000.")]
    public int DeferAfterMilliseconds { get; set; } = 1500;

    /// <summary>How many interactions and messages are handled at once. Default 16.</summary>
    [Range(1, 256, ErrorMessage = "Discord:MaxConcurrentHandlers must be between 1 and 256.")]
    public int MaxConcurrentHandlers { get; set; } = 16;

    /// <summary>
    /// How many shards the bot runs as, in all its processes together. Default none: Discord's recommendation from
    /// <c>GET /gateway/bot</c>, followed again when Discord closes with 4011 (sharding required). Set it, with
    /// <see cref="ShardIds"/>, to split the shards over several processes; every process must then use the same count.
    /// </summary>
    [Range(1, 100_000, ErrorMessage = "Discord:ShardCount must be between 1 and 100000, or left unset to use Discord's recommendation.")]
    public int? ShardCount { get; set; }

    /// <summary>
    /// The shards this process runs, e.g. <c>0-3</c> or <c>0,2,4</c> (ids from 0 to <see cref="ShardCount"/> - 1). Default none: all
    /// of them. Needs <see cref="ShardCount"/>.
    /// </summary>
    public string? ShardIds { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Token);
}
