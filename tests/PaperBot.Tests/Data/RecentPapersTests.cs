using PaperBot.Testing;
using PaperBot.Retrieval.Search;
using Microsoft.Extensions.Options;
using PaperBot.Data.Papers;
using PaperBot.Data.Search;

namespace PaperBot.Tests.Data;

public sealed class RecentPapersTests : IDisposable
{
    private const string Filler = "The rest of this abstract says nothing in particular.";
    private readonly TestStore _store = new(pageYear: 2025);

    public RecentPapersTests()
    {
        // Page of Dec 4 2025: papers published on other days, with upvotes; the daily date is the page's.
        var dec4 = _store.WriteFile("dec4.txt", PageDumps.Page(
            "Dec 4",
            ("Quantized Adapters", "Adapters in four bits with quantization. " + Filler, PageDumps.Authors(3, "Dec 1 12")),
            ("Pipeline Parallelism Revisited", "Pipelines of layers. " + Filler, PageDumps.Authors(2, "Dec 2 40")),
            ("Quantization for Vision", "Quantization of vision transformers. " + Filler, PageDumps.Authors(4, "Nov 30 7"))));
        var nov20 = _store.WriteFile("nov20.txt", PageDumps.Page(
            "Nov 20",
            ("Old Quantization Paper", "Quantization, earlier. " + Filler, PageDumps.Authors(2, "Nov 18 99"))));
        var report = _store.Ingestor.IngestAsync([dec4, nov20], CancellationToken.None).GetAwaiter().GetResult();
        Assert.Equal(0, report.Failed);
    }

    [Fact]
    public async Task ListAsync_DateRange_PapersOfThoseDaysMostUpvotedFirst()
    {
        var hits = await _store.Recent.ListAsync(new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 7), null, 10, CancellationToken.None);

        Assert.Equal(["Pipeline Parallelism Revisited", "Quantized Adapters", "Quantization for Vision"], hits.Select(h => h.Title));
        Assert.Equal([40, 12, 7], hits.Select(h => h.Upvotes ?? 0));
    }

    [Fact]
    public async Task ListAsync_Topic_OnlyPapersOnIt()
    {
        var hits = await _store.Recent.ListAsync(new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 7), "quantization", 10, CancellationToken.None);

        Assert.Equal(["Quantized Adapters", "Quantization for Vision"], hits.Select(h => h.Title));
        Assert.All(hits, h => Assert.Contains("uantiz", h.Snippet));
    }

    [Fact]
    public async Task ListAsync_Capped_ReturnsTheTopOnes()
    {
        var hits = await _store.Recent.ListAsync(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), null, 2, CancellationToken.None);

        Assert.Equal(["Old Quantization Paper", "Pipeline Parallelism Revisited"], hits.Select(h => h.Title));
    }

    [Theory]
    [InlineData(2025, 11, 21, 2025, 11, 30, null)]
    [InlineData(2025, 12, 7, 2025, 12, 1, null)]
    [InlineData(2025, 12, 1, 2025, 12, 7, "\"(*")]
    public async Task ListAsync_EmptyRangeOrBackwardsOrNoTopicWord_ReturnsNothing(int y1, int m1, int d1, int y2, int m2, int d2, string? topic)
    {
        var hits = await _store.Recent.ListAsync(new DateOnly(y1, m1, d1), new DateOnly(y2, m2, d2), topic, 10, CancellationToken.None);

        Assert.Empty(hits);
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task ListAsync_TopicByMeaning_FindsAPaperThatNeverUsesItsWords()
    {
        var path = _store.WriteFile("dec5.txt", PageDumps.Page(
            "Dec 5",
            ("Training Over Slow Links", "Workers on poorly connected machines rarely synchronize. " + Filler, PageDumps.Authors(2, "Dec 3 5")),
            ("Decentralized Training Made Simple", "Decentralized training without a server. " + Filler, PageDumps.Authors(2, "Dec 3 9")),
            ("Protein Folding at Scale", "Protein structures predicted. " + Filler, PageDumps.Authors(2, "Dec 3 50"))));
        Assert.Equal(0, (await _store.Ingestor.IngestAsync([path], CancellationToken.None)).Failed);
        var embedder = new FakeEmbedder(["decentralized", "poorly connected", "rarely synchronize", "without a server"], ["protein"]);
        var missing = await _store.Embeddings.GetMissingAsync(embedder.ModelId, 100, CancellationToken.None);
        var vectors = await embedder.EmbedDocumentsAsync([.. missing.Select(m => m.Text)], CancellationToken.None);
        await _store.Embeddings.SaveAsync(embedder.ModelId, [.. missing.Select((m, i) => (m.Id, vectors[i]))], CancellationToken.None);
        var byMeaning = new SqliteRecentPapers(_store.Database, _store.Dense(embedder), Options.Create(new SearchOptions { TopicSimilarity = 0.9 }));
        var byWords = new SqliteRecentPapers(_store.Database, _store.Dense(embedder), Options.Create(new SearchOptions { TopicSimilarity = 0 }));
        var (from, to) = (new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 7));

        var meaning = await byMeaning.ListAsync(from, to, "decentralized training", 10, CancellationToken.None);
        var words = await byWords.ListAsync(from, to, "decentralized training", 10, CancellationToken.None);

        Assert.Equal(["Decentralized Training Made Simple"], words.Select(h => h.Title));
        Assert.Equal(["Decentralized Training Made Simple", "Training Over Slow Links"], meaning.Select(h => h.Title));
    }
}
