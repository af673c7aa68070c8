using Moq;
using PaperBot.AI.Offline;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;
using PaperBot.Core.Summaries;
using PaperBot.Core.Text;
using PaperBot.Tests.Data;

namespace PaperBot.Tests.AI.Offline;

public sealed class ExtractiveSummarizerTests
{
    private const string Abstract =
        "Large language models need a lot of GPU memory for inference. " +
        "However, existing quantization methods lose accuracy below eight bits. " +
        "We propose TinyQuant, a post-training method that stores weights in four bits with per-channel scales. " +
        "It needs no calibration data. " +
        "Experiments on LLaMA show that TinyQuant keeps 99% of the accuracy while using 4x less memory.";

    private const string Limited =
        "We propose FooNet, a sparse attention layer for long documents. " +
        "FooNet achieves a 3.1x speedup over dense attention on sequences of 64k tokens. " +
        "However, it only supports decoder-only models and remains untested beyond English.";

    private readonly Mock<IPaperStore> _store = new();
    private readonly ExtractiveSummarizer _summarizer;

    public ExtractiveSummarizerTests()
    {
        _store.Setup(s => s.GetAsync(7, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new StoredPaper(7, new Paper { Title = "TinyQuant: Four-Bit Weights for LLM Inference", Abstract = Abstract }, []));
        _summarizer = new ExtractiveSummarizer(_store.Object);
    }

    [Fact]
    public async Task SummarizeAsync_TlDr_OneOrTwoSentencesOfTheAbstractLabelledOffline()
    {
        var summary = await _summarizer.SummarizeAsync(7, SummaryStyle.TlDr, CancellationToken.None);

        Assert.NotNull(summary);
        Assert.Equal((AnswerMode.Offline, SummaryStyle.TlDr, 7L), (summary.Mode, summary.Style, summary.PaperId));
        var lines = summary.Text.Split('\n');
        Assert.Equal(OfflineText.SummaryLabel, lines[0]);
        var sentences = SnippetBuilder.SplitSentences(lines[1]);
        Assert.InRange(sentences.Count, 1, 2);
        Assert.All(sentences, s => Assert.Contains(s, Abstract));
        Assert.Contains("We propose TinyQuant", lines[1]);
    }

    [Fact]
    public async Task SummarizeAsync_Detailed_ProblemMethodResultsFromTheAbstract()
    {
        var summary = await _summarizer.SummarizeAsync(7, SummaryStyle.Detailed, CancellationToken.None);

        var lines = summary!.Text.Split('\n');
        Assert.Equal("Problem: However, existing quantization methods lose accuracy below eight bits.", lines[1]);
        Assert.StartsWith("Method: We propose TinyQuant", lines[2]);
        Assert.StartsWith("Results: Experiments on LLaMA show", lines[3]);
    }

    [Fact]
    public async Task SummarizeAsync_Newcomer_PlainSentencesAndKeyTerms()
    {
        var summary = await _summarizer.SummarizeAsync(7, SummaryStyle.Newcomer, CancellationToken.None);

        var lines = summary!.Text.Split('\n');
        Assert.DoesNotContain("99%", lines[1]);
        Assert.StartsWith("Key terms to look up: TinyQuant", lines[2]);
        Assert.Contains("LLM", lines[2]);
    }

    [Fact]
    public async Task SummarizeAsync_CardOfACorpusAbstract_FourPartsQuotedOnceEachResultsWithTheNumber()
    {
        using var store = new TestStore();
        await store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None);
        var gpipe = await store.Store.FindAsync("GPipe", CancellationToken.None);

        var summary = await new ExtractiveSummarizer(store.Store).SummarizeAsync(gpipe!.Id, SummaryStyle.Card, CancellationToken.None);

        Assert.Equal((AnswerMode.Offline, SummaryStyle.Card), (summary!.Mode, summary.Style));
        var lines = summary.Text.Split('\n');
        Assert.Equal(OfflineText.SummaryLabel, lines[0]);
        var parts = Parts(lines[1..]);
        Assert.Equal(["Problem", "Method", "Results", "Limitations"], parts.Select(p => p.Label));
        Assert.Contains("84.4%", parts[2].Text);
        Assert.StartsWith("To address the need for efficient and task-independent model parallelism, we introduce GPipe", parts[1].Text);
        Assert.Equal("the abstract states none.", parts[3].Text);
        var quoted = parts.Select(p => p.Text).Where(t => t != "the abstract states none.").ToList();
        Assert.All(quoted, s => Assert.Contains(s, gpipe.Paper.Abstract));
        Assert.Equal(quoted.Count, quoted.Distinct().Count());
    }

    [Fact]
    public async Task SummarizeAsync_CardWithALimitationAndNoProblem_QuotesTheLimitationAndSaysTheProblemIsMissing()
    {
        Returns(9, Limited);

        var summary = await _summarizer.SummarizeAsync(9, SummaryStyle.Card, CancellationToken.None);

        Assert.Equal(
            [
                ("Problem", "the abstract states none."),
                ("Method", "We propose FooNet, a sparse attention layer for long documents."),
                ("Results", "FooNet achieves a 3.1x speedup over dense attention on sequences of 64k tokens."),
                ("Limitations", "However, it only supports decoder-only models and remains untested beyond English."),
            ],
            Parts(summary!.Text.Split('\n')[1..]));
    }

    [Theory]
    [InlineData("We propose FooNet. FooNet overcomes the challenges of long inputs by chunking them.")]
    [InlineData("We propose FooNet. FooNet trains using only low-precision weights.")]
    [InlineData("We propose FooNet. It reaches 91% accuracy with only 4 bits per weight.")]
    public async Task SummarizeAsync_CardWhoseLaterSentencesBoast_StatesNoLimitation(string text)
    {
        Returns(9, text);

        var summary = await _summarizer.SummarizeAsync(9, SummaryStyle.Card, CancellationToken.None);

        Assert.EndsWith("\nLimitations: the abstract states none.", summary!.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Abstract)]
    [InlineData(Limited)]
    [InlineData("We propose BarNet. However, it improves accuracy by only 2% and fails on long inputs.")]
    [InlineData("However, this work only studies one benchmark.")]
    public async Task SummarizeAsync_Card_NoSentenceInTwoParts(string text)
    {
        Returns(9, text);

        var summary = await _summarizer.SummarizeAsync(9, SummaryStyle.Card, CancellationToken.None);

        var parts = Parts(summary!.Text.Split('\n')[1..]);
        Assert.Equal(4, parts.Count);
        var quoted = parts.Select(p => p.Text).Where(t => t != "the abstract states none.").ToList();
        Assert.NotEmpty(quoted);
        Assert.Equal(quoted.Count, quoted.Distinct().Count());
        Assert.All(quoted, s => Assert.Contains(s, text));
    }

    [Fact]
    public async Task SummarizeAsync_UnknownPaper_Null()
    {
        Assert.Null(await _summarizer.SummarizeAsync(8, SummaryStyle.TlDr, CancellationToken.None));
    }

    private static List<(string Label, string Text)> Parts(IEnumerable<string> lines) =>
        lines.Select(l => l.Split(": ", 2)).Select(p => (p[0], p[1])).ToList();

    private void Returns(long id, string text) =>
        _store.Setup(s => s.GetAsync(id, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new StoredPaper(id, new Paper { Title = "A Paper", Abstract = text }, []));
}
