using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using PaperBot.AI.Embeddings;
using PaperBot.Core.Papers;
using PaperBot.Embeddings;
using PaperBot.Shell;
using PaperBot.Tests.Discord.Transport;

namespace PaperBot.Tests.Embeddings;

/// <summary>
/// The backfill's progress log and the shell's coverage line, over a store of 100 papers. Time passes only inside the
/// fake embedder (as if each batch took 4 s to encode), so the rates are exact.
/// </summary>
public sealed class EmbeddingBackfillServiceTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly Mock<IEmbeddingStore> _store = new();
    private readonly Mock<ITextEmbedder> _embedder = new();
    private readonly HashSet<long> _saved = [];

    public EmbeddingBackfillServiceTests()
    {
        var papers = Enumerable.Range(1, 100).Select(i => ((long)i, $"paper {i}")).ToList();
        _embedder.SetupGet(e => e.ModelId).Returns("m");
        _embedder.SetupGet(e => e.IsAvailable).Returns(true);
        _embedder.Setup(e => e.EmbedDocumentsAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .Callback(() => _time.Advance(TimeSpan.FromSeconds(4)))
            .ReturnsAsync((IReadOnlyList<string> texts, CancellationToken _) => [.. texts.Select(_ => Enumerable.Repeat(1f, 1).ToArray())]);
        _store.Setup(s => s.GetMissingAsync("m", It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, int max, CancellationToken _) => [.. papers.Where(p => !_saved.Contains(p.Item1)).Take(max)]);
        _store.Setup(s => s.SaveAsync("m", It.IsAny<IReadOnlyList<(long, float[])>>(), It.IsAny<CancellationToken>()))
            .Callback((string _, IReadOnlyList<(long Id, float[] Vector)> vectors, CancellationToken _) => _saved.UnionWith(vectors.Select(v => v.Id)))
            .Returns(Task.CompletedTask);
        _store.Setup(s => s.CountAsync("m", It.IsAny<CancellationToken>())).ReturnsAsync(() => (_saved.Count, 100L));
    }

    [Fact]
    public async Task ExecuteAsync_LongBackfill_LogsPapersPerSecondAndTimeLeftEveryTenSeconds()
    {
        // Arrange
        var logger = new ListLogger<EmbeddingBackfillService>();
        var indexer = new EmbeddingIndexer(_store.Object, NullLogger<EmbeddingIndexer>.Instance, _embedder.Object, _time);
        using var service = new EmbeddingBackfillService(indexer, new EmbeddingBackfillSignal(), _time, logger);
        var pass = service.NextPassAsync;

        // Act: the start pass embeds all 100 (batches of 32 at 4 s each: 32, 64, 96, 100 papers after 4, 8, 12, 16 s).
        await service.StartAsync(CancellationToken.None);
        var embedded = await pass.WaitAsync(TimeSpan.FromSeconds(60));
        await service.StopAsync(CancellationToken.None);

        // Assert: one line, after the third batch (12 s since the start, the first 10 s interval).
        Assert.Equal(100, embedded);
        var line = Assert.Single(logger.Lines);
        Assert.Contains("Embedding papers with m: 96 of 100 (8.0 papers/s, about 0 s left)", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_Stats_ShowsTheSemanticIndexCoverage()
    {
        // Arrange
        _saved.UnionWith([1, 2, 3]);
        var papers = new Mock<IPaperStore>();
        papers.Setup(s => s.GetStatsAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync(new CorpusStats(100, 0, 1, null, null, 3, "x.db", 4096));
        var shell = new LocalShell(Mock.Of<IPaperSearch>(), papers.Object, Mock.Of<PaperBot.Core.Chat.IAssistant>(), Mock.Of<PaperBot.Core.Summaries.ISummarizer>(),
            Mock.Of<ISimilarPapers>(), Mock.Of<PaperBot.Core.Highlights.IHighlightBuilder>(), new ShellSubscriptions(Mock.Of<PaperBot.Core.Highlights.ISubscriptionStore>()),
            new EmbeddingIndexer(_store.Object, NullLogger<EmbeddingIndexer>.Instance, _embedder.Object, _time));
        using var output = new StringWriter();

        // Act
        await shell.HandleAsync("/stats", output, CancellationToken.None);

        // Assert
        Assert.Contains("Semantic index: 3 of 100 papers (m)", output.ToString(), StringComparison.Ordinal);
    }
}
