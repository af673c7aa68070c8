using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Shell;

namespace PaperBot.Cli;

/// <summary><c>run</c> (also the default with no verb) and <c>chat</c>: the local shell on the corpus.</summary>
internal static class RunVerb
{
    public static Command Create(VerbContext verbs, string name, string description)
    {
        var command = new Command(name, description);
        command.SetAction(Action(verbs));
        return command;
    }

    /// <summary>The shell (and later the bot) keeps its log at the configured levels; one-shot verbs do not.</summary>
    public static bool IsLongRunning(ParseResult parse) => parse.CommandResult.Command is RootCommand || parse.CommandResult.Command.Name is "run" or "chat";

    public static Func<ParseResult, CancellationToken, Task<int>> Action(VerbContext verbs) =>
        (parse, ct) => verbs.RunWithCorpusAsync(parse, async (services, token) =>
        {
            if (parse.CommandResult.Command.Name != "chat" && !string.IsNullOrWhiteSpace(services.GetRequiredService<IConfiguration>()["Discord:Token"]))
            {
                await verbs.Error.WriteLineAsync("paperbot: Discord:Token is set, but this build has no Discord client yet; starting the local shell.");
            }

            await services.GetRequiredService<LocalShell>().RunAsync(Console.In, verbs.Output, interactive: !Console.IsInputRedirected, token);
            return 0;
        }, ct);
}
