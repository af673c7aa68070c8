using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Library;
using PaperBot.Shell;

namespace PaperBot.Cli;

/// <summary>
/// <c>library [--tag T] [--json]</c>: the local member's saved papers (what the shell's <c>/save</c> added), newest first.
/// Sub-verbs (<c>library export</c>) are added to the returned command's <c>Subcommands</c>; its own action still runs
/// when none is given.
/// </summary>
internal static class LibraryVerb
{
    public static Command Create(VerbContext verbs)
    {
        var tag = new Option<string?>("--tag") { Description = "Only papers with this tag." };
        var json = CommonOptions.Json();
        var command = new Command("library", "Your saved papers (saved with /save in the shell), newest saved first.") { tag, json };
        command.SetAction((parse, ct) => verbs.RunWithCorpusAsync(parse, async (services, token) =>
        {
            var shown = services.GetRequiredService<ShellLibrary>();
            if (parse.GetValue(json))
            {
                var library = services.GetRequiredService<ILibraryStore>();
                var wanted = LibraryRules.NormalizeTags(parse.GetValue(tag)) is [var first, ..] ? first : null;
                var total = await library.CountAsync(ShellLibrary.MemberId, wanted, token);
                var papers = await library.ListAsync(ShellLibrary.MemberId, wanted, 0, total, token);
                await CliJson.WriteAsync(verbs.Output, papers.Select(SavedPaperJson.From).ToList());
            }
            else
            {
                await verbs.Output.WriteAsync(await shown.ListAsync(parse.GetValue(tag) ?? "", token));
            }

            return 0;
        }, ct));
        return command;
    }
}
