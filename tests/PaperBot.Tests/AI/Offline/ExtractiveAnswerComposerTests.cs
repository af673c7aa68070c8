using PaperBot.AI.Offline;
using PaperBot.Core.Papers;

namespace PaperBot.Tests.AI.Offline;

public sealed class ExtractiveAnswerComposerTests
{
    private static readonly StoredPaper Kernels = Paper(1, "Sparse Attention Kernels",
        "Attention is slow. We skip zero blocks of the attention matrix on the GPU. This makes long sequences 3.1x faster. Code is released.");

    private static readonly StoredPaper Proteins = Paper(2, "Protein Language Models",
        "Proteins are read like text. A language model learns their grammar.");

    [Fact]
    public void Relevant_OnTopicAndOffTopicPapers_KeepsOnlyThePaperWithTheQuestionsWords()
    {
        var relevant = ExtractiveAnswerComposer.Relevant("how do sparse kernels skip zero blocks on the GPU?", [Proteins, Kernels]);

        Assert.Equal([1L], relevant.Select(p => p.Id));
    }

    [Theory]
    [InlineData("best pizza in Naples")]
    [InlineData("the of and what is")]
    public void Relevant_NothingOnTopic_Empty(string question)
    {
        Assert.Empty(ExtractiveAnswerComposer.Relevant(question, [Kernels, Proteins]));
    }

    [Fact]
    public void Compose_BestSentenceHasNoNumberButOneWasAskedFor_AddsThePapersSentenceWithTheNumber()
    {
        var shape = QuestionShape.Of("how much faster are long sequences with sparse kernels?");
        ScoredSentence[] sentences =
        [
            new(Kernels, 0, 0, "Attention is slow.", 0.1, false),
            new(Kernels, 0, 1, "We skip zero blocks of the attention matrix on the GPU.", 0.9, false),
            new(Kernels, 0, 2, "This makes long sequences 3.1x faster.", 0.5, true),
            new(Kernels, 0, 3, "Code is released.", 0, false),
        ];

        var answer = ExtractiveAnswerComposer.Compose(shape, sentences, paperCount: 1);

        Assert.NotNull(answer);
        Assert.Contains("- “We skip zero blocks of the attention matrix on the GPU.” [1]\n- “This makes long sequences 3.1x faster.” [1]", answer.Text);
        Assert.Equal("https://arxiv.org/abs/2501.00001", Assert.Single(answer.Citations).Url);
        Assert.DoesNotContain("Sources:", answer.Text); // the citations list is rendered by whoever shows the answer
    }

    [Fact]
    public void Compose_TwoPapers_EachPapersBestSentenceInRankOrderWithItsOwnNumber()
    {
        ScoredSentence[] sentences =
        [
            new(Proteins, 1, 1, "A language model learns their grammar.", 0.4, false),
            new(Kernels, 0, 1, "We skip zero blocks of the attention matrix on the GPU.", 0.9, false),
            new(Kernels, 0, 0, "Attention is slow.", 0, false),
        ];

        var answer = ExtractiveAnswerComposer.Compose(QuestionShape.Of("what do these models learn?"), sentences, paperCount: 2);

        Assert.NotNull(answer);
        Assert.Equal([1L, 2L], answer.Citations.Select(c => c.Id));
        Assert.Matches(@"GPU\.” \[1\]\n- “A language model learns their grammar\.” \[2\]$", answer.Text);
    }

    [Fact]
    public void Compose_NoSentenceScored_Null()
    {
        Assert.Null(ExtractiveAnswerComposer.Compose(QuestionShape.Of("why?"), [new(Kernels, 0, 0, "Attention is slow.", 0, false)], 1));
    }

    internal static StoredPaper Paper(long id, string title, string text) =>
        new(id, new Paper { Title = title, Abstract = text, ArxivId = $"2501.0000{id}" }, []);
}
