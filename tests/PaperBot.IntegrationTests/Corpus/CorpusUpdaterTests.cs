using Moq;
using PaperBot.Core.Papers;

namespace PaperBot.IntegrationTests.Corpus;

public sealed class CorpusUpdaterTests
{
    [Fact]
    public async Task UpdateAsync_NewPapers_AreEmbeddedAfterTheIngest_UnchangedFileEmbedsNothing()
    {
        var embedder = new Mock<ITextEmbedder>();
        embedder.SetupGet(e => e.ModelId).Returns("fake-embedding");
        embedder.Setup(e => e.EmbedAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyList<string> texts, CancellationToken _) => [.. texts.Select(t => new float[] { 1f, t.Length })]);
        using var store = new LiveStore(embedder.Object);
        var file = Path.Combine(store.Folder, "list.json");
        File.WriteAllText(file, DailyJson.List("2601.00201", "2601.00202"));

        var first = await store.Updater.UpdateAsync("test", [file], CancellationToken.None);
        var again = await store.Updater.UpdateAsync("test", [file], CancellationToken.None);

        Assert.Equal((1, 2L), (first.Ingested, first.New));
        Assert.Equal((0, 1), (again.Ingested, again.Skipped));
        Assert.Equal(2, store.Count("paper_embeddings"));
        embedder.Verify(e => e.EmbedAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()), Times.Once);
    }
}
