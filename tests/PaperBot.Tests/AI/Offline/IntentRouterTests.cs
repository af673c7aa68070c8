using PaperBot.AI.Offline;
using PaperBot.Core.Chat;
using PaperBot.Core.Summaries;

namespace PaperBot.Tests.AI.Offline;

public sealed class IntentRouterTests
{
    private static readonly ConversationTurn[] AfterAList =
    [
        new(ChatRole.User, "search quantization", [], DateTimeOffset.UnixEpoch),
        new(ChatRole.Assistant, "[1] A [2] B [3] C", [11, 22, 33], DateTimeOffset.UnixEpoch),
    ];

    [Theory]
    [InlineData("how does FlashAttention cut memory traffic?", "Question", "how does FlashAttention cut memory traffic?")]
    [InlineData("search sparse training", "Search", "sparse training")]
    [InlineData("find me papers about diffusion models", "Search", "diffusion models")]
    [InlineData("paper GPipe", "Lookup", "GPipe")]
    [InlineData("#42", "Lookup", "#42")]
    [InlineData("2106.09685", "Lookup", "2106.09685")]
    [InlineData("summarize GPipe", "Summarize", "GPipe")]
    [InlineData("tl;dr of the paper FlashAttention", "Summarize", "FlashAttention")]
    [InlineData("papers similar to #39", "Similar", "#39")]
    [InlineData("what's new in quantization?", "Recent", "quantization")]
    [InlineData("highlights", "Recent", "")]
    [InlineData("what are the newest ideas for making LLM inference cheaper?", "Recent", "making llm inference cheaper")]
    [InlineData("latest work on speculative decoding", "Recent", "speculative decoding")]
    public void Route_NoMemory_KindAndSubject(string question, string kind, string subject)
    {
        var intent = IntentRouter.Route(question, []);

        Assert.Equal((Enum.Parse<IntentKind>(kind), subject), (intent.Kind, intent.Subject));
        Assert.Null(intent.PaperId);
    }

    [Theory]
    [InlineData("summarize the second one", "Summarize", 22L)]
    [InlineData("summarise [3]", "Summarize", 33L)]
    [InlineData("summarize the last paper", "Summarize", 33L)]
    [InlineData("summarize it", "Summarize", 11L)]
    [InlineData("more like that", "Similar", 11L)]
    [InlineData("anything similar to the third one?", "Similar", 33L)]
    [InlineData("any related work to that one?", "Similar", 11L)]
    [InlineData("similar papers to it", "Similar", 11L)]
    [InlineData("any related work?", "Similar", 11L)]
    [InlineData("explain the second one", "Summarize", 22L)]
    [InlineData("what is the first one about?", "Summarize", 11L)]
    public void Route_ReferenceToEarlierResults_ResolvesThePaper(string question, string kind, long paperId)
    {
        var intent = IntentRouter.Route(question, AfterAList);

        Assert.Equal((Enum.Parse<IntentKind>(kind), paperId), (intent.Kind, intent.PaperId));
        Assert.False(intent.UnresolvedReference);
    }

    [Theory]
    [InlineData("summarize the newest of them")]
    [InlineData("explain the oldest one")]
    public void Route_NewestOrOldest_LeftToBePickedByDate(string question)
    {
        var intent = IntentRouter.Route(question, AfterAList);

        Assert.Equal((IntentKind.Summarize, true, (long?)null), (intent.Kind, intent.ByDate, intent.PaperId));
    }

    [Fact]
    public void Route_AfterOnePaperOfTheList_APlaceMeansTheList()
    {
        ConversationTurn[] memory = [.. AfterAList, new(ChatRole.Assistant, "summary [1]", [22], DateTimeOffset.UnixEpoch)];

        var intent = IntentRouter.Route("summarize the third one", memory, [22]);

        Assert.Equal(33L, intent.PaperId);
    }

    [Theory]
    [InlineData("summarize the fifth one")]
    [InlineData("more like that")]
    public void Route_ReferenceBeyondWhatWasCited_IsUnresolved(string question)
    {
        var memory = question.Contains("fifth", StringComparison.Ordinal) ? AfterAList : [];

        var intent = IntentRouter.Route(question, memory);

        Assert.True(intent.UnresolvedReference);
        Assert.Null(intent.PaperId);
    }

    [Theory]
    [InlineData("summarize GPipe in detail", SummaryStyle.Detailed)]
    [InlineData("summarize GPipe for a beginner", SummaryStyle.Newcomer)]
    [InlineData("summarize GPipe", SummaryStyle.TlDr)]
    public void Route_SummaryStyleWords_PickTheStyleAndLeaveTheTitle(string question, SummaryStyle style)
    {
        var intent = IntentRouter.Route(question, []);

        Assert.Equal((style, "GPipe"), (intent.Style, intent.Subject));
    }

    [Theory]
    [InlineData("card for GPipe", "GPipe")]
    [InlineData("paper card of GPipe", "GPipe")]
    [InlineData("summarize GPipe as a card", "GPipe")]
    [InlineData("summarize GPipe in card format", "GPipe")]
    public void Route_CardWords_AskForACardOfTheTitle(string question, string subject)
    {
        var intent = IntentRouter.Route(question, []);

        Assert.Equal((IntentKind.Summarize, SummaryStyle.Card, subject), (intent.Kind, intent.Style, intent.Subject));
    }

    [Theory]
    [InlineData("summarize it as a card", 11L)]
    [InlineData("give me the paper card of the second one", 22L)]
    [InlineData("card for the third one", 33L)]
    [InlineData("show me a card on [2]", 22L)]
    public void Route_CardOfAnEarlierResult_ResolvesThePaper(string question, long paperId)
    {
        var intent = IntentRouter.Route(question, AfterAList);

        Assert.Equal((IntentKind.Summarize, SummaryStyle.Card, paperId), (intent.Kind, intent.Style, intent.PaperId));
    }

    [Theory]
    [InlineData("which graphics card for training a 7B model?")]
    [InlineData("does GPipe need a big GPU card?")]
    public void Route_CardInAnOrdinaryQuestion_StaysAQuestion(string question)
    {
        Assert.Equal(IntentKind.Question, IntentRouter.Route(question, []).Kind);
    }
}
