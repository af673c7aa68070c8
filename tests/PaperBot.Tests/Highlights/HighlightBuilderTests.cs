using Moq;
using PaperBot.Core.Highlights;
using PaperBot.Data.Highlights;
using PaperBot.Tests.Data;

namespace PaperBot.Tests.Highlights;

/// <summary>Selection over a real SQLite store: the day's papers, on topic, most upvoted first, no repeats per channel.</summary>
public sealed class HighlightBuilderTests : IDisposable
{
    private static readonly DateOnly Dec4 = new(2025, 12, 4);
    private readonly TestStore _store = new(pageYear: 2025);
    private readonly SqliteHighlightPostLog _log;

    public HighlightBuilderTests()
    {
        var dec4 = _store.WriteFile("dec4.txt", PageDumps.Page(
            "Dec 4",
            ("Quantized Adapters", "Adapters in four bits with quantization. They fine-tune on one GPU. A third sentence.", PageDumps.Authors(3, "Dec 1 12")),
            ("Pipeline Parallelism Revisited", "Pipelines of layers across devices. Bubbles shrink.", PageDumps.Authors(2, "Dec 2 40")),
            ("Quantization for Vision", "Quantization of vision transformers. Accuracy holds.", PageDumps.Authors(4, "Nov 30 7")),
            ("Sparse Attention at Scale", "Sparse attention for long inputs. It is fast.", PageDumps.Authors(2, "Dec 3 25"))));
        var nov20 = _store.WriteFile("nov20.txt", PageDumps.Page(
            "Nov 20",
            ("Old Quantization Paper", "Quantization, earlier. Still good.", PageDumps.Authors(2, "Nov 18 99"))));
        Assert.Equal(0, _store.Ingestor.IngestAsync([dec4, nov20], CancellationToken.None).GetAwaiter().GetResult().Failed);
        _log = new SqliteHighlightPostLog(_store.Database, _store.Time);
    }

    [Fact]
    public async Task BuildAsync_Day_ItsPapersMostUpvotedFirstAtMostCount()
    {
        var post = await Builder().BuildAsync(new HighlightRequest(Dec4, null, 3), CancellationToken.None);

        Assert.Equal(["Pipeline Parallelism Revisited", "Sparse Attention at Scale", "Quantized Adapters"], post.Items.Select(i => i.Title));
        Assert.Equal([40, 25, 12], post.Items.Select(i => i.Upvotes ?? 0));
        Assert.Equal(Dec4, post.Day);
    }

    [Fact]
    public async Task BuildAsync_Topic_OnlyPapersOnIt()
    {
        var post = await Builder().BuildAsync(new HighlightRequest(Dec4, "  quantization ", 10), CancellationToken.None);

        Assert.Equal(["Quantized Adapters", "Quantization for Vision"], post.Items.Select(i => i.Title));
        Assert.Equal("quantization", post.Topic);
    }

    [Fact]
    public async Task BuildAsync_EmptyDayOrTopicWithNoPaper_HasNoItems()
    {
        var empty = await Builder().BuildAsync(new HighlightRequest(new DateOnly(2025, 12, 5), null, 5), CancellationToken.None);
        var offTopic = await Builder().BuildAsync(new HighlightRequest(Dec4, "protein folding", 5), CancellationToken.None);

        Assert.True(empty.IsEmpty);
        Assert.True(offTopic.IsEmpty);
    }

    [Fact]
    public async Task BuildAsync_PapersPostedToTheChannelWithin30Days_AreLeftOutThereOnly()
    {
        var builder = Builder();
        var first = await builder.BuildAsync(new HighlightRequest(Dec4, null, 2, "c1"), CancellationToken.None);
        await RecordSentAsync("c1", first);

        var again = await builder.BuildAsync(new HighlightRequest(Dec4, null, 2, "c1"), CancellationToken.None);
        var otherChannel = await builder.BuildAsync(new HighlightRequest(Dec4, null, 2, "c2"), CancellationToken.None);
        _store.Time.Advance(TimeSpan.FromDays(31));
        var monthLater = await builder.BuildAsync(new HighlightRequest(Dec4, null, 2, "c1"), CancellationToken.None);

        Assert.Equal(["Pipeline Parallelism Revisited", "Sparse Attention at Scale"], first.Items.Select(i => i.Title));
        Assert.Equal(["Quantized Adapters", "Quantization for Vision"], again.Items.Select(i => i.Title));
        Assert.Equal(first.Items, otherChannel.Items);
        Assert.Equal(first.Items, monthLater.Items);
    }

    [Fact]
    public async Task BuildAsync_NoModel_ExtractiveBlurbOfTheFirstTwoSentences()
    {
        var post = await Builder().BuildAsync(new HighlightRequest(Dec4, "adapters", 1), CancellationToken.None);

        Assert.Equal("Adapters in four bits with quantization. They fine-tune on one GPU.", Assert.Single(post.Items).Blurb);
    }

    [Fact]
    public async Task BuildAsync_ModelBlurb_IsUsedAndHeldToTwoSentences()
    {
        var writer = new Mock<IBlurbWriter>();
        writer.Setup(w => w.WriteAsync(It.IsAny<long>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync("Model says this. And that. And rambles on.");

        var post = await Builder(writer.Object).BuildAsync(new HighlightRequest(Dec4, "adapters", 1), CancellationToken.None);

        Assert.Equal("Model says this. And that.", Assert.Single(post.Items).Blurb);
    }

    public void Dispose() => _store.Dispose();

    private HighlightBuilder Builder(IBlurbWriter? writer = null) =>
        new(_store.Recent, _store.Store, new SqlitePostedPapers(_store.Database), _store.Time, writer, repeatWindowDays: 30);

    private async Task RecordSentAsync(string channelId, HighlightPost post)
    {
        var ids = post.Items.Select(i => i.PaperId).ToList();
        var entry = await _log.BeginAsync(1, post.Day, "hl-1-x", ids, CancellationToken.None);
        await _log.MarkSentAsync(entry.Id, channelId, "m1", ids, CancellationToken.None);
    }
}
