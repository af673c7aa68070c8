using Moq;
using PaperBot.AI.Offline;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;
using PaperBot.Core.Summaries;
using PaperBot.Core.Text;

namespace PaperBot.Tests.AI.Offline;

public sealed class ExtractiveSummarizerTests
{
    private const string Abstract =
        "Large language models need a lot of GPU memory for inference. " +
        "However, existing quantization methods lose accuracy below eight bits. " +
        "We propose TinyQuant, a post-training method that stores weights in four bits with per-channel scales. " +
        "It needs no calibration data. " +
        "Experiments on LLaMA show that TinyQuant keeps 99% of the accuracy while using 4x less memory.";

    private readonly ExtractiveSummarizer _summarizer;

    public ExtractiveSummarizerTests()
    {
        var store = new Mock<IPaperStore>();
        store.Setup(s => s.GetAsync(7, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new StoredPaper(7, new Paper { Title = "TinyQuant: Four-Bit Weights for LLM Inference", Abstract = Abstract }, []));
        _summarizer = new ExtractiveSummarizer(store.Object);
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
    public async Task SummarizeAsync_UnknownPaper_Null()
    {
        Assert.Null(await _summarizer.SummarizeAsync(8, SummaryStyle.TlDr, CancellationToken.None));
    }
}
