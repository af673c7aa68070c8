using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperBot.Discord;
using PaperBot.Discord.Bot;
using PaperBot.Embeddings;
using PaperBot.Shell;

namespace PaperBot.Cli;

/// <summary><c>run</c> (also the default with no verb): PaperBot in Discord when a token is configured, else the local shell; <c>chat</c>: always the shell.</summary>
internal static class RunVerb
{
    public static Command Create(VerbContext verbs, string name, string description)
    {
        var command = new Command(name, description);
        command.SetAction(Action(verbs));
        return command;
    }

    /// <summary>The shell and the bot keep its log at the configured levels; one-shot verbs do not.</summary>
    public static bool IsLongRunning(ParseResult parse) => parse.CommandResult.Command is RootCommand || parse.CommandResult.Command.Name is "run" or "chat";

    public static Func<ParseResult, CancellationToken, Task<int>> Action(VerbContext verbs) =>
        (parse, ct) => verbs.RunWithCorpusAsync(parse, async (services, token) =>
        {
            if (parse.CommandResult.Command.Name != "chat" && services.IsDiscordConfigured())
            {
                return await RunDiscordAsync(services, verbs.Error, token);
            }

            // The papers are embedded beside the shell, never before its first question: until they are, search is lexical.
            var backfill = services.GetRequiredService<EmbeddingBackfillService>();
            await backfill.StartAsync(token);
            try
            {
                await services.GetRequiredService<LocalShell>().RunAsync(Console.In, verbs.Output, interactive: !Console.IsInputRedirected, token);
            }
            finally
            {
                await backfill.StopAsync(CancellationToken.None);
            }

            return 0;
        }, ct);

    /// <summary>Runs the host (the bot and every background service) until Ctrl+C, or until the bot stops on its own.</summary>
    private static async Task<int> RunDiscordAsync(IServiceProvider services, TextWriter error, CancellationToken cancellationToken)
    {
        var host = services.GetRequiredService<IHost>();
        await error.WriteLineAsync("PaperBot is connecting to Discord (Ctrl+C to stop).");
        await host.StartAsync(cancellationToken);
        await host.WaitForShutdownAsync(cancellationToken);
        if (services.GetRequiredService<BotExit>().Failure is { } failure)
        {
            await error.WriteLineAsync($"paperbot: {failure}");
            return 1;
        }

        return 0;
    }
}
