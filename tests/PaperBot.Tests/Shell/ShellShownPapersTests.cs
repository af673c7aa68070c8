using Moq;
using PaperBot.AI.Offline;
using PaperBot.Core.Highlights;
using PaperBot.Core.Summaries;
using PaperBot.Shell;
using PaperBot.Tests.AI.Offline;
using PaperBot.Tests.Data;

namespace PaperBot.Tests.Shell;

/// <summary>What the shell shows becomes what "the second one" refers to, across restarts of the shell.</summary>
public sealed class ShellShownPapersTests : IDisposable
{
    private readonly TestStore _store = new();

    public ShellShownPapersTests() => _store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None).GetAwaiter().GetResult();

    [Fact]
    public async Task HandleAsync_SearchThenSummarizeTheSecondOne_SummarizesTheSecondPaperListed()
    {
        var hits = await _store.Search.SearchAsync("speculative decoding", 5, CancellationToken.None);
        await Shell().HandleAsync("who proposed splitting mini-batches into micro-batches to pipeline a giant network?", TextWriter.Null, CancellationToken.None);
        await Shell().HandleAsync("/search speculative decoding", TextWriter.Null, CancellationToken.None);
        var output = new StringWriter();

        // A new shell on the same database: the list shown survives the restart.
        await Shell().HandleAsync("summarize the second one", output, CancellationToken.None);

        Assert.Contains($"#{hits[1].Id} {hits[1].Title}", output.ToString());
    }

    [Fact]
    public async Task HandleAsync_PaperThenQuestionAboutIt_AnswersFromThatPaper()
    {
        var shell = Shell();
        var output = new StringWriter();
        var paper = await _store.Store.FindAsync("GPipe", CancellationToken.None);

        await shell.HandleAsync("/paper GPipe", TextWriter.Null, CancellationToken.None);
        await shell.HandleAsync("how many accelerators does it use?", output, CancellationToken.None);

        Assert.Contains($"[1] #{paper!.Id} {paper.Paper.Title}", output.ToString());
    }

    public void Dispose() => _store.Dispose();

    private LocalShell Shell()
    {
        OfflineAssistant assistant = OfflineWiring.Assistant(_store);
        return new LocalShell(
            _store.Search,
            _store.Store,
            assistant,
            Mock.Of<ISummarizer>(),
            _store.Similar,
            Mock.Of<IHighlightBuilder>(),
            new ShellSubscriptions(Mock.Of<PaperBot.Core.Highlights.ISubscriptionStore>()),
            conversations: _store.Conversations());
    }
}
