using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PaperBot.Discord.Chat;
using PaperBot.Discord.Commands;
using PaperBot.Discord.Gateway;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Json;
using PaperBot.Discord.Rest;
using PaperBot.Discord.Votes;

namespace PaperBot.Discord.Bot;

/// <summary>
/// PaperBot in Discord: keeps the gateway connected, and hands each event to its handler on its own task, so the
/// gateway is never waiting on a search or a model. A rejected token or a fatal close stops the app with one line.
/// </summary>
internal sealed class DiscordBot(
    IDiscordGateway gateway,
    InteractionDispatcher interactions,
    ChatResponder chat,
    ReactionHandler reactions,
    CommandRegistrar registrar,
    BotIdentity identity,
    BotExit exit,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<DiscordBot> logger) : BackgroundService
{
    private readonly HandlerTasks _running = new();

    // Handlers get their own stop signal: at shutdown they have a few seconds to finish what they deferred.
    private readonly CancellationTokenSource _handlersStop = new();
    private int _registered;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pump = PumpAsync(stoppingToken);
        try
        {
            await gateway.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (GatewayFatalException fatal)
        {
            Stop(fatal.Message);
        }
        catch (DiscordApiException refused) when (refused.Status == HttpStatusCode.Unauthorized || refused.Code == DiscordErrorCodes.Unauthorized)
        {
            Stop("Discord rejected the bot token (401): set a valid Discord:Token (environment PAPERBOT_Discord__Token or user-secrets).");
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
        {
            // Whatever it is, the bot cannot go on without its connection: stop with one line rather than linger deaf.
            Stop($"the Discord connection failed: {failure.Message}");
        }

        await pump.ConfigureAwait(false);
        // Answers in progress get a moment to finish; an interrupted one is answered by nobody else anyway.
        await _running.WaitAsync(TimeSpan.FromSeconds(5), time).ConfigureAwait(false);
        await _handlersStop.CancelAsync().ConfigureAwait(false);
    }

    public override void Dispose()
    {
        _handlersStop.Dispose();
        base.Dispose();
    }

    private void Stop(string reason)
    {
        Log.Fatal(logger, reason);
        exit.Fail(reason);
        lifetime.StopApplication();
    }

    private async Task PumpAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var dispatch in gateway.Dispatches.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    Route(dispatch);
                }
                catch (Exception bad) when (bad is not OperationCanceledException)
                {
                    // One event Discord sent in a shape PaperBot cannot read must not stop the others.
                    Log.BadEvent(logger, dispatch.Type, bad.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private void Route(GatewayDispatch dispatch)
    {
        var stoppingToken = _handlersStop.Token;
        switch (dispatch.Type)
        {
            case "READY":
                var ready = dispatch.Data.Deserialize(DiscordJsonContext.Default.ReadyEvent)!;
                identity.Update(ready);
                Log.Ready(logger, ready.User.Username, ready.User.Id.ToString());
                if (Interlocked.Exchange(ref _registered, 1) == 0)
                {
                    var commands = interactions.Commands.Select(c => c.Definition).ToList();
                    _running.Start(() => registrar.EnsureRegisteredAsync(ready.Application.Id, commands, stoppingToken));
                }

                break;
            case "INTERACTION_CREATE":
                var interaction = dispatch.Data.Deserialize(DiscordJsonContext.Default.Interaction)!;
                _running.Start(() => interactions.HandleAsync(interaction, dispatch.ReceivedTimestamp, stoppingToken));
                break;
            case "MESSAGE_CREATE":
                var message = dispatch.Data.Deserialize(DiscordJsonContext.Default.Message)!;
                _running.Start(() => chat.HandleAsync(message, stoppingToken));
                break;
            case "MESSAGE_REACTION_ADD" or "MESSAGE_REACTION_REMOVE":
                var reaction = dispatch.Data.Deserialize(DiscordJsonContext.Default.MessageReaction)!;
                // Queued here, in the order the gateway delivered them, before any handler task runs.
                var handled = reactions.HandleInOrderAsync(reaction, dispatch.Type == "MESSAGE_REACTION_ADD", stoppingToken);
                _running.Start(() => handled);
                break;
            default:
                // GUILD_CREATE and the rest: nothing PaperBot needs.
                break;
        }
    }
}
