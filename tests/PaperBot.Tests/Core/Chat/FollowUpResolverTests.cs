using PaperBot.Core.Chat;

namespace PaperBot.Tests.Core.Chat;

public sealed class FollowUpResolverTests
{
    private static readonly long[] Shown = [12, 40, 7, 3];

    // 7 is the newest, 40 the oldest.
    private static DateOnly? DateOf(long id) => id switch
    {
        12 => new DateOnly(2025, 3, 1),
        40 => new DateOnly(2023, 1, 1),
        7 => new DateOnly(2025, 9, 30),
        _ => null,
    };

    [Theory]
    [InlineData("what speedup does it report?", "12")]
    [InlineData("What is its main contribution?", "12")]
    [InlineData("who wrote that paper?", "12")]
    [InlineData("explain this one", "12")]
    [InlineData("how was that model trained?", "12")]
    [InlineData("summarize the second one", "40")]
    [InlineData("what does the 2nd paper measure?", "40")]
    [InlineData("and the third one?", "7")]
    [InlineData("what dataset does the first result use?", "12")]
    [InlineData("open the last one", "3")]
    [InlineData("what does [2] claim?", "40")]
    [InlineData("the second of them", "40")]
    [InlineData("compare those", "12,40,7,3")]
    [InlineData("what do they have in common?", "12,40,7,3")]
    [InlineData("which of them uses fewer GPUs?", "12,40,7,3")]
    [InlineData("what is the newest of them about?", "7")]
    [InlineData("which one is the latest?", "7")]
    [InlineData("the oldest one", "40")]
    [InlineData("what is pipeline parallelism?", "")]
    [InlineData("papers on speculative decoding", "")]
    [InlineData("what does the ninth one say?", "")]
    [InlineData("did the authors propose any defenses?", "12")]
    [InlineData("which LLMs did the paper's authors use?", "12")]
    [InlineData("why is this optimizer lighter than Adam?", "12")]
    [InlineData("and the speedup?", "12")]
    [InlineData("and the end-to-end training speedup?", "12")]
    [InlineData("what about its memory use?", "12")]
    [InlineData("how big is the model?", "12")]
    [InlineData("what tasks can the proposed method handle?", "12")]
    [InlineData("and pruning?", "")]
    [InlineData("and on ImageNet?", "12")]
    [InlineData("numbers?", "12")]
    [InlineData("any results?", "12")]
    [InlineData("how much faster is training that way?", "12")]
    [InlineData("what difficulties did the researchers run into?", "12")]
    [InlineData("does the method need a lot of labeled data?", "12")]
    [InlineData("quantization?", "")]
    [InlineData("so what's the catch?", "12")]
    [InlineData("what's the key idea?", "12")]
    [InlineData("what reward function did the study use?", "12")]
    [InlineData("which papers did the researchers at DeepMind publish on reinforcement learning for chips?", "")]
    [InlineData("so what’s the catch?", "12")]
    [InlineData("numbers on quantization of vision transformers", "")]
    [InlineData("what about speculative decoding?", "")]
    [InlineData("what is the best model for long documents?", "")]
    [InlineData("how does the model size change what pruning can do to accuracy on reasoning tasks?", "")]
    [InlineData("and the newest papers on pruning large language models for cheaper inference on phones?", "")]
    public void Resolve_Phrasing_ThePapersItRefersTo(string followUp, string expected)
    {
        var ids = FollowUpResolver.Resolve(followUp, Shown, DateOf);

        Assert.Equal(expected, string.Join(',', ids));
    }

    [Theory]
    [InlineData("the third one", "7")]
    [InlineData("which of them is newest?", "7")]
    [InlineData("compare them", "12,40,7,3")]
    [InlineData("what speedup does it report?", "40")]
    [InlineData("what baselines did they use?", "40")]
    [InlineData("what does [1] say?", "40")]
    [InlineData("do both use micro-batches?", "12,40,7,3")]
    public void Resolve_OnePaperOfTheListShownLast_PlacesAndThemMeanTheList(string followUp, string expected)
    {
        IReadOnlyList<long> shown = [40];
        var history = new[]
        {
            new ConversationTurn(ChatRole.Assistant, "[1] .. [4]", Shown, DateTimeOffset.UnixEpoch),
            new ConversationTurn(ChatRole.User, "summarize the second one", [], DateTimeOffset.UnixEpoch),
            new ConversationTurn(ChatRole.Assistant, "summary [1]", shown, DateTimeOffset.UnixEpoch),
        };

        var ids = FollowUpResolver.Resolve(followUp, shown, DateOf, FollowUpResolver.ListOf(shown, history));

        Assert.Equal(expected, string.Join(',', ids));
    }

    [Fact]
    public void ListOf_SeveralPapersOfTheListInARow_IsTheList()
    {
        IReadOnlyList<long> shown = [7];
        var history = new[]
        {
            new ConversationTurn(ChatRole.Assistant, "[1] .. [4]", Shown, DateTimeOffset.UnixEpoch),
            new ConversationTurn(ChatRole.Assistant, "summary [1]", [40], DateTimeOffset.UnixEpoch),
            new ConversationTurn(ChatRole.Assistant, "the newest [1]", shown, DateTimeOffset.UnixEpoch),
        };

        Assert.Equal(Shown, FollowUpResolver.ListOf(shown, history));
    }

    [Fact]
    public void ListOf_ListFromFurtherBack_IsWhatWasShown()
    {
        IReadOnlyList<long> shown = [40];
        var history = new[]
        {
            new ConversationTurn(ChatRole.Assistant, "[1] .. [4]", Shown, DateTimeOffset.UnixEpoch),
            new ConversationTurn(ChatRole.Assistant, "[1] [2]", [5, 6], DateTimeOffset.UnixEpoch),
            new ConversationTurn(ChatRole.Assistant, "summary [1]", shown, DateTimeOffset.UnixEpoch),
        };

        Assert.Equal(shown, FollowUpResolver.ListOf(shown, history));
    }

    [Fact]
    public void ListOf_OnePaperFromElsewhere_IsWhatWasShown()
    {
        IReadOnlyList<long> shown = [99];
        var history = new[] { new ConversationTurn(ChatRole.Assistant, "[1] .. [4]", Shown, DateTimeOffset.UnixEpoch) };

        Assert.Equal(shown, FollowUpResolver.ListOf(shown, history));
    }

    private const string Paper = "GPipe: pipeline parallelism for giant networks. GPipe trains a 557M-parameter AmoebaNet to 84.4% top-1 accuracy, "
        + "3.5x faster with four accelerators, by splitting mini-batches into micro-batches.";

    [Theory]
    [InlineData("how much faster?", true)]
    [InlineData("what about accuracy?", true)]
    [InlineData("how much did the micro-batches help accuracy", true)]
    [InlineData("what about speculative decoding?", false)]
    [InlineData("what is quantization?", false)]
    [InlineData("how does pipeline parallelism compare with tensor parallelism on long contexts for giant networks?", false)]
    [InlineData("thanks!", false)]
    [InlineData("how does AmoebaNet-B split micro-batches?", false)]
    [InlineData("how does AmoebaNet split micro-batches?", true)]
    [InlineData("how much faster than AmoebaNet.", true)]
    [InlineData("what is pipeline parallelism?", false)]
    [InlineData("what about Amoeba?", false)]
    public void StaysOn_ShortFollowUpInThePapersOwnWords_StaysOnIt(string followUp, bool expected)
    {
        Assert.Equal(expected, FollowUpResolver.StaysOn(followUp, Paper));
    }

    [Fact]
    public void Resolve_NothingShown_RefersToNothing()
    {
        Assert.Empty(FollowUpResolver.Resolve("summarize it", []));
    }

    [Fact]
    public void Resolve_FifthOfFour_RefersToNothing()
    {
        Assert.Empty(FollowUpResolver.Resolve("the fifth one", Shown));
    }

    [Fact]
    public void WithoutReference_KeepsTheQuestionWords()
    {
        var rest = FollowUpResolver.WithoutReference("what speedup does the second one report?");

        Assert.DoesNotContain("second", rest);
        Assert.Contains("speedup", rest);
    }

    [Theory]
    [InlineData("and the speedup?", "and")]
    [InlineData("how big is the model?", "model")]
    public void WithoutReference_ShortFollowUp_DropsItsReferenceWords(string followUp, string dropped)
    {
        var rest = FollowUpResolver.WithoutReference(followUp);

        Assert.DoesNotContain(dropped, rest, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(followUp, rest);
    }
}
