using Moq;
using PaperBot.Core.Papers;
using PaperBot.IntegrationTests.Corpus;

namespace PaperBot.IntegrationTests.Embeddings;

/// <summary>
/// The background backfill over a real SQLite file: signalled by the ingest path the bot uses (<c>CorpusUpdater</c>),
/// stopped mid-batch. Waits are on the service's own pass and on the embedder being entered, never on the clock
/// (the time limits only keep a broken build from hanging the suite).
/// </summary>
public sealed class EmbeddingBackfillServiceTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task UpdateAsync_NewPapers_SignalTheBackfillWhichEmbedsThem_UnchangedFileEmbedsNothing()
    {
        // Arrange
        var embedder = Embedder();
        embedder.Setup(e => e.EmbedDocumentsAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyList<string> texts, CancellationToken _) => [.. texts.Select(t => new float[] { 1f, t.Length })]);
        using var store = new LiveStore(embedder.Object);
        var file = Path.Combine(store.Folder, "list.json");
        File.WriteAllText(file, DailyJson.List("2601.00201", "2601.00202"));
        var startPass = store.Backfill.NextPassAsync;
        await store.Backfill.StartAsync(CancellationToken.None);
        Assert.Equal(0, await startPass.WaitAsync(Guard)); // an empty database: nothing to embed at start

        // Act
        var first = await store.Updater.UpdateAsync("test", [file], CancellationToken.None);
        while (store.Count("paper_embeddings") < 2)
        {
            await store.Backfill.NextPassAsync.WaitAsync(Guard);
        }

        var again = await store.Updater.UpdateAsync("test", [file], CancellationToken.None);
        await store.Backfill.StopAsync(CancellationToken.None);

        // Assert
        Assert.Equal((1, 2L), (first.Ingested, first.New));
        Assert.Equal((0, 1), (again.Ingested, again.Skipped));
        Assert.Equal(2, store.Count("paper_embeddings"));
        embedder.Verify(e => e.EmbedDocumentsAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.True(store.Backfill.ExecuteTask!.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task StopAsync_MidBatch_EndsTheBackfillAndLeavesNoHalfWrittenBatch()
    {
        // Arrange: the embedder holds the first batch until it is cancelled.
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var embedder = Embedder();
        embedder.Setup(e => e.EmbedDocumentsAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .Returns((IReadOnlyList<string> _, CancellationToken ct) =>
            {
                var held = new TaskCompletionSource<IReadOnlyList<float[]>>(TaskCreationOptions.RunContinuationsAsynchronously);
                ct.Register(() => held.TrySetCanceled(ct));
                entered.TrySetResult();
                return held.Task;
            });
        using var store = new LiveStore(embedder.Object);
        var file = Path.Combine(store.Folder, "list.json");
        File.WriteAllText(file, DailyJson.List("2601.00301", "2601.00302", "2601.00303"));
        await store.Updater.UpdateAsync("test", [file], CancellationToken.None);
        await store.Backfill.StartAsync(CancellationToken.None);
        await entered.Task.WaitAsync(Guard);

        // Act
        await store.Backfill.StopAsync(CancellationToken.None);

        // Assert
        Assert.True(store.Backfill.ExecuteTask!.IsCompleted);
        var coverage = await store.Indexer.GetCoverageAsync(CancellationToken.None);
        Assert.Equal((0L, 3L), (coverage!.Embedded, coverage.Papers));
    }

    private static Mock<ITextEmbedder> Embedder()
    {
        var embedder = new Mock<ITextEmbedder>();
        embedder.SetupGet(e => e.ModelId).Returns("fake-embedding");
        embedder.SetupGet(e => e.IsAvailable).Returns(true);
        return embedder;
    }
}
