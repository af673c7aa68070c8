using PaperBot.AI.Embeddings;
using PaperBot.Cli;
using PaperBot.Core.Chat;
using PaperBot.Core.Highlights;
using PaperBot.Core.Papers;
using PaperBot.Core.Status;
using PaperBot.Core.Summaries;
using PaperBot.Shards;

namespace PaperBot.Shell;

/// <summary>
/// The local shell: the commands members will type in Discord (<c>/search</c>, <c>/paper</c>, ...), on the local
/// corpus, one line at a time; anything else is a question for the assistant. Used when no Discord token is
/// configured, and by <c>chat</c>.
/// </summary>
internal sealed class LocalShell(
    IPaperSearch search,
    IPaperStore store,
    IAssistant assistant,
    ISummarizer summarizer,
    ISimilarPapers similar,
    IHighlightBuilder highlights,
    ShellSubscriptions subscriptions,
    EmbeddingIndexer? embeddings = null,
    IConversationStore? conversations = null,
    ShellTrends? trends = null,
    ShellLibrary? library = null,
    ShellFollows? follows = null,
    ShellExport? export = null,
    IStatusBoard? statusBoard = null)
{
    /// <summary>The shell is one conversation: the assistant remembers it across questions (and restarts).</summary>
    public const string ConversationId = "shell";

    private const int ResultsPerSearch = 5;
    private const int HighlightsShown = 5;

    public async Task RunAsync(TextReader input, TextWriter output, bool interactive, CancellationToken cancellationToken)
    {
        if (interactive)
        {
            var stats = await store.GetStatsAsync(cancellationToken);
            await output.WriteLineAsync($"PaperBot local shell: {stats.Papers} papers. Ask a question, or /help for commands, /quit to leave.");
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            if (interactive)
            {
                await output.WriteAsync("> ");
                await output.FlushAsync(cancellationToken);
            }

            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null)
            {
                break;
            }

            try
            {
                if (!await HandleAsync(line, output, cancellationToken))
                {
                    break;
                }
            }
            catch (StoreException store)
            {
                // The database is busy or unusable for this one command; the shell stays open for the next.
                await output.WriteLineAsync($"paperbot: {store.Message}");
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

        var (command, argument) = ShellCommand.Split(text);
        var reply = command switch
        {
            "/quit" or "/exit" => null,
            "/help" => ShellCommand.Help,
            "/stats" => await StatsAsync(cancellationToken),
            "/search" => await SearchAsync(argument, cancellationToken),
            "/paper" => await WithPaperAsync(argument, "/paper", async p =>
            {
                await ShownAsync([p.Id], cancellationToken);
                return TextFormat.Paper(p);
            }, cancellationToken),
            "/summarize" => await SummarizeAsync(argument, cancellationToken),
            "/similar" => await WithPaperAsync(argument, "/similar", async p =>
            {
                var related = await similar.FindSimilarAsync(p.Id, ResultsPerSearch, cancellationToken);
                await ShownAsync([.. related.Select(r => r.Id)], cancellationToken);
                return TextFormat.Related(p, related);
            }, cancellationToken),
            "/highlights" => await HighlightsAsync(argument, cancellationToken),
            "/subscribe" => await subscriptions.SubscribeAsync(argument, cancellationToken),
            "/unsubscribe" => await subscriptions.UnsubscribeAsync(argument, cancellationToken),
            "/subscriptions" => await subscriptions.ListAsync(cancellationToken),
            "/trends" => trends is null ? $"Charts are not available here.{Environment.NewLine}" : await trends.RunAsync(argument, cancellationToken),
            "/save" when library is not null => await library.SaveAsync(argument, cancellationToken),
            "/library" when library is not null => await library.ListAsync(argument, cancellationToken),
            "/follow" when follows is not null => await follows.FollowAsync(argument, cancellationToken),
            "/unfollow" when follows is not null => await follows.UnfollowAsync(argument, cancellationToken),
            "/foryou" when follows is not null => await follows.ForYouAsync(argument, cancellationToken),
            "/ask" => await AskAsync(argument, cancellationToken),
            "/export" when export is not null => await export.ExportAsync(argument, Directory.GetCurrentDirectory(), cancellationToken),
            null => await AskAsync(text, cancellationToken),
            _ => $"Unknown command {command}. Type /help for the list.{Environment.NewLine}",
        };
        if (reply is null)
        {
            return false;
        }

        await output.WriteAsync(reply);
        return true;
    }

    /// <summary><c>/stats</c>.</summary>
    private async Task<string> StatsAsync(CancellationToken cancellationToken)
    {
        var stats = await store.GetStatsAsync(cancellationToken) with
        {
            SemanticIndex = embeddings is null ? null : await embeddings.GetCoverageAsync(cancellationToken),
        };

        // A bot running on this store elsewhere reports its shards on the status board.
        return TextFormat.Stats(stats, await ShardReports.ReadAllAsync(statusBoard, cancellationToken));
    }

    /// <summary><c>/search WORDS [--category CATS] [--since DATE] [--until DATE]</c>.</summary>
    private async Task<string> SearchAsync(string argument, CancellationToken cancellationToken)
    {
        var (query, filterText, optionError) = ShellSearchArguments.Parse(argument);
        if (optionError is not null)
        {
            return optionError + Environment.NewLine;
        }

        if (query.Length == 0)
        {
            return ShellCommand.Usage("/search");
        }

        var (filter, filterError) = await SearchFilterRules.ReadAsync(filterText, store, cancellationToken);
        if (filterError is not null)
        {
            return filterError + Environment.NewLine;
        }

        var hits = await search.SearchAsync(query, ResultsPerSearch, filter, cancellationToken);
        await ShownAsync([.. hits.Select(h => h.Id)], cancellationToken);
        return TextFormat.Hits(query, hits);
    }

    /// <summary>Records what the shell just showed, so a follow-up ("summarize the second one") refers to it.</summary>
    private Task ShownAsync(IReadOnlyList<long> paperIds, CancellationToken cancellationToken) =>
        conversations is null || paperIds.Count == 0 ? Task.CompletedTask : conversations.SetShownAsync(ConversationId, paperIds, cancellationToken);

    /// <summary><c>/highlights [YYYY-MM-DD] [topic]</c>: what a daily post would hold (default: the newest daily list).</summary>
    private async Task<string> HighlightsAsync(string argument, CancellationToken cancellationToken)
    {
        var (date, topic) = ShellCommand.SplitDate(argument);
        date ??= (await store.GetStatsAsync(cancellationToken)).LatestDaily;
        if (date is not { } day)
        {
            return $"No dated papers yet. Ingest a Hugging Face daily list first.{Environment.NewLine}";
        }

        var post = await highlights.BuildAsync(new HighlightRequest(day, topic, HighlightsShown), cancellationToken);
        await ShownAsync([.. post.Items.Select(i => i.PaperId)], cancellationToken);
        return HighlightText.Post(post);
    }

    private async Task<string> AskAsync(string question, CancellationToken cancellationToken) =>
        question.Length == 0
            ? ShellCommand.Usage("/ask")
            : TextFormat.Answer(await assistant.AskAsync(ConversationId, question, cancellationToken));

    /// <summary><c>/summarize [tldr|detailed|newcomer|card] ID-OR-TITLE</c>.</summary>
    private Task<string> SummarizeAsync(string argument, CancellationToken cancellationToken)
    {
        var (style, remainder) = ShellCommand.SplitStyle(argument);
        return WithPaperAsync(remainder, "/summarize", async p =>
            await summarizer.SummarizeAsync(p.Id, style, cancellationToken) is { } summary
                ? TextFormat.Summary(summary)
                : $"No paper #{p.Id}.{Environment.NewLine}", cancellationToken);
    }

    private async Task<string> WithPaperAsync(string idOrTitle, string command, Func<StoredPaper, Task<string>> render, CancellationToken cancellationToken)
    {
        if (idOrTitle.Length == 0)
        {
            return ShellCommand.Usage(command);
        }

        var paper = await store.FindAsync(idOrTitle, cancellationToken);
        return paper is null
            ? $"No paper matches \"{idOrTitle}\". Try /search {idOrTitle}{Environment.NewLine}"
            : await render(paper);
    }
}
