using PaperBot.Retrieval.Topics;
using PaperBot.Tests.Data;

namespace PaperBot.Tests.Retrieval.Topics;

public sealed class TopicTrendsTests : IDisposable
{
    private const string Filler = "The rest of this abstract says nothing in particular.";
    private readonly TestStore _store = new(pageYear: 2025);

    public TopicTrendsTests()
    {
        // Daily lists of 2025 (the clock says 2026-11-23, so the period ends on the corpus's newest day, Dec 4).
        string[] files =
        [
            _store.WriteFile("dec4.txt", PageDumps.Page(
                "Dec 4",
                ("Quantized Adapters", "Adapters in four bits with quantization. " + Filler, PageDumps.Authors(3, "Dec 1 12")),
                ("Pipeline Parallelism Revisited", "Pipelines of layers. " + Filler, PageDumps.Authors(2, "Dec 2 40")),
                ("Quantization for Vision", "Quantization of vision transformers. " + Filler, PageDumps.Authors(4, "Nov 30 7")))),
            _store.WriteFile("nov20.txt", PageDumps.Page(
                "Nov 20",
                ("Quantization at Scale", "Quantization, earlier. " + Filler, PageDumps.Authors(2, "Nov 18 99")))),
            // Published in August, listed in September: it counts in September, the month members saw it.
            _store.WriteFile("sep2.txt", PageDumps.Page(
                "Sep 2",
                ("Quantization Survey", "A survey of quantization. " + Filler, PageDumps.Authors(5, "Aug 28 3")))),
            _store.WriteFile("jan5.txt", PageDumps.Page(
                "Jan 5",
                ("Early Quantization", "Quantization in January. " + Filler, PageDumps.Authors(1, "Jan 3 1")))),
        ];
        var report = _store.Ingestor.IngestAsync(files, CancellationToken.None).GetAwaiter().GetResult();
        Assert.Equal(0, report.Failed);
    }

    private TopicTrends Trends => new(_store.Recent, _store.Store, _store.Time);

    [Fact]
    public async Task GetAsync_SixMonths_CountsPerMonthToTheCorpusNewestDay()
    {
        var trend = await Trends.GetAsync("quantization", 6, CancellationToken.None);

        Assert.Equal(new DateOnly(2025, 7, 1), trend.From);
        Assert.Equal(new DateOnly(2025, 12, 4), trend.To);
        Assert.Equal(["2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12"], trend.Months.Select(m => m.Label));
        Assert.Equal([0, 0, 1, 0, 1, 2], trend.Months.Select(m => m.Papers));
        Assert.Equal("4 papers in 6 months; most in 2025-12", trend.Summary());
    }

    [Fact]
    public async Task GetAsync_TopPapers_MostUpvotedOfThePeriodWithTheirListDate()
    {
        var trend = await Trends.GetAsync("quantization", 6, CancellationToken.None);

        Assert.Equal(["Quantization at Scale", "Quantized Adapters", "Quantization for Vision", "Quantization Survey"], trend.TopPapers.Select(h => h.Title));
        Assert.Equal(new DateOnly(2025, 9, 2), trend.TopPapers[^1].PublishedOn);
    }

    [Fact]
    public async Task GetAsync_TwelveMonths_ReachesJanuary()
    {
        var trend = await Trends.GetAsync("quantization", 12, CancellationToken.None);

        Assert.Equal(12, trend.Months.Count);
        Assert.Equal(1, trend.Months[0].Papers);
        Assert.Equal(5, trend.Total);
    }

    [Fact]
    public async Task GetAsync_NoPaperOnTopic_AllMonthsEmpty()
    {
        var trend = await Trends.GetAsync("protein folding", 3, CancellationToken.None);

        Assert.Equal(0, trend.Total);
        Assert.Equal(3, trend.Months.Count);
        Assert.Empty(trend.TopPapers);
    }

    public void Dispose() => _store.Dispose();
}
