using PaperBot.AI.Offline;

namespace PaperBot.Tests.AI.Offline;

public sealed class SubjectWordsTests
{
    [Theory]
    [InlineData("make reinforcement learning for LLMs more efficient", "reinforc learn llm")]
    [InlineData("quantize an LLM to low bit-widths without losing much accuracy", "quantiz llm bit width")]
    [InlineData("replace Adam to train networks faster or more stably", "replac adam train network")]
    // Alternatives of a list share a part.
    [InlineData("data poisoning and backdoor attacks", "data poison|backdoor attack")]
    [InlineData("proteins, antibodies and molecules", "protein|antibodi|molecul")]
    [InlineData("CT or MRI scans", "ct|mri scan")]
    public void Of_Topic_TheSubjectsStemsWithoutTheAim(string topic, string expected)
    {
        Assert.Equal(expected, string.Join(' ', SubjectWords.Of(topic).Select(part => string.Join('|', part))));
    }

    [Theory]
    [InlineData("Backdoor attacks hide triggers in prompts.", true)]
    [InlineData("Poisoned data attacks label quality.", true)]
    [InlineData("Attacks on language models.", false)]
    public void SaysMost_OneAlternativeOfAList_HoldsItsPart(string text, bool expected)
    {
        Assert.Equal(expected, SubjectWords.SaysMost(SubjectWords.Of("data poisoning and backdoor attacks"), text));
    }

    [Theory]
    // More than half of four words is three.
    [InlineData("Reinforcement learning tunes language models.", true)]
    [InlineData("Learning language models.", true)]
    [InlineData("Large language models.", false)]
    // Half is a neighbouring subject: "language models", but inference rather than reinforcement learning.
    [InlineData("Quantization makes language model inference cheaper.", false)]
    public void SaysMost_MoreThanHalfOfTheSubject(string text, bool expected)
    {
        Assert.Equal(expected, SubjectWords.SaysMost(SubjectWords.Of("reinforcement learning for language models"), text));
    }

    [Fact]
    public void SaysMost_AdverbInTheQuestion_TheAbstractsAdjectiveHoldsIt()
    {
        // Porter leaves "linearly" as "linearli", which "linear" would never match.
        var subject = SubjectWords.Of("attention that scales linearly");

        Assert.True(SubjectWords.SaysMost(subject, "Linear attention replaces softmax."));
        Assert.False(SubjectWords.SaysMost(subject, "Softmax attention is quadratic."));
    }

    [Theory]
    [InlineData("linearli", "linear", true)]
    [InlineData("linearli", "lineage", false)]
    [InlineData("train", "train", true)]
    // Only an adverb's "-li" is dropped: a stem that merely starts the same is another word.
    [InlineData("train", "trainabl", false)]
    public void Held_StemOrTheAdverbsAdjective(string stem, string word, bool expected)
    {
        Assert.Equal(expected, SubjectWords.Held(stem, new HashSet<string>([word])));
    }

    [Fact]
    public void HoldsMost_PaperTitleAndAbstract_Counted()
    {
        var paper = ExtractiveAnswerComposerTests.Paper(1, "Cheaper RL", "Reinforcement learning post-trains language models.");

        Assert.True(SubjectWords.HoldsMost(SubjectWords.Of("reinforcement learning for language models"), paper));
        Assert.False(SubjectWords.HoldsMost([], paper));
    }
}
