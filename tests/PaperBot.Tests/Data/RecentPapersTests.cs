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
}
