using Microsoft.Extensions.Options;
using PaperBot.Discord.Gateway;
using PaperBot.Discord.Json;

namespace PaperBot.Discord;

/// <summary>Checks what data annotations cannot: URLs and ids. Each failure names the key and how to fix it.</summary>
internal sealed class DiscordOptionsValidator(bool tokenInConfigFile = false) : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!options.ApiBaseUrl.IsAbsoluteUri || options.ApiBaseUrl.Scheme is not ("https" or "http"))
        {
            failures.Add("Discord:ApiBaseUrl must be an absolute http(s) URL, e.g. https://discord.com/api/v10/.");
        }

        if (options.GatewayUrl is { } gateway && (!gateway.IsAbsoluteUri || gateway.Scheme is not ("wss" or "ws")))
        {
            failures.Add("Discord:GatewayUrl must be an absolute ws(s) URL, e.g. wss://gateway.discord.gg/, or left unset.");
        }

        if (!string.IsNullOrWhiteSpace(options.DevGuildId) && !Snowflake.TryParse(options.DevGuildId, out _))
        {
            failures.Add("Discord:DevGuildId must be a server id (digits only; Developer Mode > right-click the server > Copy Server ID), or left unset.");
        }

        if (!string.IsNullOrWhiteSpace(options.ShardIds))
        {
            if (options.ShardCount is not { } count)
            {
                failures.Add("Discord:ShardIds needs Discord:ShardCount (every process that shares the shards must use the same count): set both, or neither.");
            }
            else if (count >= 1 && !ShardIdList.TryParse(options.ShardIds, count, out _, out var error))
            {
                failures.Add(error);
            }
        }

        if (tokenInConfigFile)
        {
            failures.Add("Discord:Token must not be in config/*.json (it would be committed): remove it there and set PAPERBOT_Discord__Token or a user-secret.");
        }

        if (options.Token is { } token && (token.Trim() != token || token.Contains(' ', StringComparison.Ordinal) || token.StartsWith("Bot", StringComparison.OrdinalIgnoreCase)))
        {
            failures.Add("Discord:Token must be the bare bot token from the Developer Portal (no \"Bot \" prefix, no spaces).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
