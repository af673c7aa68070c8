using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Discord.Json;
using PaperBot.Discord.Models;
using PaperBot.Discord.Rest;

namespace PaperBot.Discord.Commands;

/// <summary>
/// Registers PaperBot's slash commands with one bulk overwrite, and only when they differ from what Discord has:
/// every new command counts against Discord's 200 creates per day. Registers to <c>Discord:DevGuildId</c> when set
/// (guild commands update instantly), else globally.
/// </summary>
internal sealed class CommandRegistrar(IDiscordRest rest, IOptions<DiscordOptions> options, ILogger<CommandRegistrar> logger)
{
    /// <summary>Returns whether a PUT was sent. Failures are logged, never thrown: the bot still answers the commands it has.</summary>
    public async Task<bool> EnsureRegisteredAsync(Snowflake applicationId, IReadOnlyList<CommandDefinition> commands, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commands);
        Snowflake? guild = Snowflake.TryParse(options.Value.DevGuildId, out var id) ? id : null;
        var scope = guild is null ? "global" : $"guild {guild}";
        // Guild commands cannot name contexts (BOT_DM is not theirs), so they are sent without.
        var desired = commands.Select(c => guild is null ? c : c with { Contexts = null }).ToList();
        try
        {
            var existing = await rest.GetCommandsAsync(applicationId, guild, cancellationToken).ConfigureAwait(false);
            if (Fingerprint(existing) == Fingerprint(desired))
            {
                Log.CommandsUnchanged(logger, desired.Count, scope);
                return false;
            }

            await rest.BulkOverwriteCommandsAsync(applicationId, guild, desired, cancellationToken).ConfigureAwait(false);
            Log.CommandsRegistered(logger, desired.Count, scope);
            return true;
        }
        catch (DiscordApiException failure)
        {
            Log.CommandsRegistrationFailed(logger, failure.Message);
            return false;
        }
        catch (Exception failure) when (failure is HttpRequestException or TimeoutException
            || (failure is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Log.CommandsRegistrationFailed(logger, failure.Message);
            return false;
        }
    }

    /// <summary>
    /// The definitions as canonical JSON: sorted by name, without the ids and versions Discord adds, and with the
    /// defaults Discord fills in (false flags, empty lists) written the same way as when they are left out.
    /// </summary>
    internal static string Fingerprint(IEnumerable<CommandDefinition> commands)
    {
        var canonical = commands
            .Select(c => c with
            {
                Id = null,
                Version = null,
                Type = c.Type ?? 1,
                Options = Canonical(c.Options),
                Contexts = c.Contexts is { Count: > 0 } contexts ? contexts.Order().ToList() : null,
            })
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        return JsonSerializer.Serialize(canonical, DiscordJsonContext.Default.ListCommandDefinition);
    }

    private static List<CommandOption>? Canonical(IReadOnlyList<CommandOption>? options) => options is { Count: > 0 }
        ? options.Select(o => o with
        {
            Required = o.Required == true ? true : null,
            Autocomplete = o.Autocomplete == true ? true : null,
            Choices = o.Choices is { Count: > 0 } ? o.Choices : null,
            ChannelTypes = o.ChannelTypes is { Count: > 0 } ? o.ChannelTypes.Order().ToList() : null,
            Options = Canonical(o.Options),
        }).ToList()
        : null;
}
