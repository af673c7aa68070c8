using PaperBot.Cli;
using PaperBot.Core.Papers;

namespace PaperBot.Shell;

/// <summary>
/// The local shell: the commands members will type in Discord (<c>/search</c>, <c>/paper</c>, ...), on the local
/// corpus, one line at a time. Used when no Discord token is configured, and by <c>chat</c>.
/// </summary>
internal sealed class LocalShell(IPaperSearch search, IPaperStore store)
{
    private const int ResultsPerSearch = 5;

    public async Task RunAsync(TextReader input, TextWriter output, bool interactive, CancellationToken cancellationToken)
    {
        if (interactive)
        {
            var stats = await store.GetStatsAsync(cancellationToken);
            await output.WriteLineAsync($"PaperBot local shell: {stats.Papers} papers. Type words to search, /help for commands, /quit to leave.");
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            if (interactive)
            {
                await output.WriteAsync("> ");
                await output.FlushAsync(cancellationToken);
            }

            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null || !await HandleAsync(line, output, cancellationToken))
            {
                break;
            }

            await output.FlushAsync(cancellationToken);
        }
    }

    /// <summary>Runs one line; false when the user asked to leave.</summary>
    public async Task<bool> HandleAsync(string line, TextWriter output, CancellationToken cancellationToken)
    {
        var text = line.Trim();
        if (text.Length == 0)
        {
            return true;
        }

        var (command, argument) = Split(text);
        switch (command)
        {
            case "/quit" or "/exit":
                return false;
            case "/help":
                await output.WriteAsync(Help);
                break;
            case "/stats":
                await output.WriteAsync(TextFormat.Stats(await store.GetStatsAsync(cancellationToken)));
                break;
            case "/paper":
                await output.WriteAsync(await PaperAsync(argument, cancellationToken));
                break;
            case "/search":
                await output.WriteAsync(await SearchAsync(argument, cancellationToken));
                break;
            case null:
                // Free text: until an assistant answers questions, the words are searched.
                await output.WriteAsync(await SearchAsync(text, cancellationToken));
                break;
            default:
                await output.WriteLineAsync($"Unknown command {command}. Type /help for the list.");
                break;
        }

        return true;
    }

    private async Task<string> SearchAsync(string query, CancellationToken cancellationToken)
    {
        if (query.Length == 0)
        {
            return "Usage: /search WORDS   e.g. /search flash attention" + Environment.NewLine;
        }

        return TextFormat.Hits(query, await search.SearchAsync(query, ResultsPerSearch, cancellationToken));
    }

    private async Task<string> PaperAsync(string idOrTitle, CancellationToken cancellationToken)
    {
        if (idOrTitle.Length == 0)
        {
            return "Usage: /paper ID-OR-TITLE   e.g. /paper 12, /paper 2002.00741 or /paper GPipe" + Environment.NewLine;
        }

        var paper = await store.FindAsync(idOrTitle, cancellationToken);
        return paper is null
            ? $"No paper matches \"{idOrTitle}\". Try /search {idOrTitle}{Environment.NewLine}"
            : TextFormat.Paper(paper);
    }

    private static (string? Command, string Argument) Split(string text)
    {
        if (!text.StartsWith('/'))
        {
            return (null, text);
        }

        var space = text.IndexOf(' ');
        return space < 0
            ? (text.ToLowerInvariant(), string.Empty)
            : (text[..space].ToLowerInvariant(), text[(space + 1)..].Trim());
    }

    private static readonly string Help = string.Join(Environment.NewLine,
        "Commands:",
        "  /search WORDS        papers matching the words (\"a phrase\", prefix*, a OR b)",
        "  /paper ID-OR-TITLE   one paper: metadata, links, abstract",
        "  /stats               what the database holds",
        "  /help                this list",
        "  /quit                leave",
        "Anything else is searched.",
        string.Empty);
}
