using PaperBot.AI.Offline;
using PaperBot.Core.Papers;

namespace PaperBot.Tests.AI.Offline;

public sealed class ExtractiveAnswerComposerTests
{
    private static readonly StoredPaper Kernels = Paper(1, "Sparse Attention Kernels",
        "Attention is slow. We skip zero blocks of the attention matrix on the GPU. This makes long sequences cheap. Code is released.");

    private static readonly StoredPaper Proteins = Paper(2, "Protein Language Models",
        "Proteins are read like text. A language model learns their grammar.");

    [Fact]
    public void Compose_RelevantPaper_QuotesItsBestSentencesWithMarkers()
    {
        var answer = ExtractiveAnswerComposer.Compose("how do sparse kernels skip zero blocks on the GPU?", [Kernels, Proteins]);

        Assert.NotNull(answer);
        Assert.Equal([1L], answer.Citations.Select(c => c.Id));
        Assert.Contains("- “We skip zero blocks of the attention matrix on the GPU.” [1]", answer.Text);
        Assert.Equal("https://arxiv.org/abs/2501.00001", answer.Citations[0].Url);
        Assert.DoesNotContain("Sources:", answer.Text); // the citations list is rendered by whoever shows the answer
        Assert.InRange(answer.Text.Split('\n').Count(l => l.StartsWith("- “", StringComparison.Ordinal)), 2, 4);
    }

    [Theory]
    [InlineData("best pizza in Naples")]
    [InlineData("the of and what is")]
    public void Compose_NothingOnTopic_Null(string question)
    {
        Assert.Null(ExtractiveAnswerComposer.Compose(question, [Kernels, Proteins]));
    }

    private static StoredPaper Paper(long id, string title, string text) =>
        new(id, new Paper { Title = title, Abstract = text, ArxivId = $"2501.0000{id}" }, []);
}
