using PaperBot.AI.Offline;
using PaperBot.Core.Chat;
using PaperBot.Tests.Data;

namespace PaperBot.Tests.AI.Offline;

public sealed class OfflineAssistantTests : IDisposable
{
    private readonly TestStore _store = new();
    private readonly OfflineAssistant _assistant;

    public OfflineAssistantTests()
    {
        _store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None).GetAwaiter().GetResult();
        _assistant = OfflineWiring.Assistant(_store);
    }

    [Fact]
    public async Task AskAsync_QuestionTheCorpusAnswers_QuotesAbstractsAndCitesRealPapers()
    {
        var answer = await _assistant.AskAsync("c1", "How does pipeline parallelism with micro-batches train giant neural networks?", CancellationToken.None);

        Assert.Equal(AnswerMode.Offline, answer.Mode);
        Assert.StartsWith(OfflineText.AnswerLabel, answer.Text);
        Assert.NotEmpty(answer.Citations);
        Assert.StartsWith("GPipe", answer.Citations[0].Title);
        foreach (var (citation, number) in answer.Citations.Select((c, i) => (c, i + 1)))
        {
            var stored = await _store.Store.GetAsync(citation.Id, CancellationToken.None);
            Assert.Equal(stored?.Paper.Title, citation.Title);
            Assert.Equal(stored?.ArxivUrl, citation.Url);
            Assert.Contains($"[{number}]", answer.Text);
        }

        var quoted = answer.Text.Split('\n').Where(l => l.StartsWith("- “", StringComparison.Ordinal)).ToList();
        Assert.InRange(quoted.Count, 2, 4);
        Assert.All(quoted, l => Assert.Matches(@"” \[\d\]$", l));
    }

    [Theory]
    [InlineData("best pizza in Naples")]
    [InlineData("What is the capital of France?")]
    // Broad: the closest papers would be the answer if any said one of its words.
    [InlineData("what are ways to bake sourdough bread with a neural network?")]
    public async Task AskAsync_OffTopic_SaysTheCorpusHasNothingAndCitesNothing(string question)
    {
        var answer = await _assistant.AskAsync("c1", question, CancellationToken.None);

        Assert.Empty(answer.Citations);
        Assert.Contains("nothing", answer.Text);
        Assert.Contains("/search", answer.Text);
    }

    [Theory]
    [InlineData("what speedup does it report?")]
    [InlineData("what about accuracy?")]
    public async Task AskAsync_FollowUp_AnswersFromThePaperOfTheLastAnswer(string question)
    {
        var first = await _assistant.AskAsync("f1", "who proposed splitting mini-batches into micro-batches to pipeline a giant network across accelerators?", CancellationToken.None);

        var followUp = await _assistant.AskAsync("f1", question, CancellationToken.None);

        Assert.StartsWith("GPipe", first.Citations[0].Title);
        Assert.Equal(first.Citations[0].Id, Assert.Single(followUp.Citations).Id);
        Assert.Contains("[1]", followUp.Text);
    }

    [Fact]
    public async Task AskAsync_SummarizeTheSecondOneAfterAShellSearch_SummarizesTheSecondPaperShown()
    {
        var conversations = _store.Conversations();
        await _assistant.AskAsync("f2", "who proposed splitting mini-batches into micro-batches to pipeline a giant network?", CancellationToken.None);
        var hits = await _store.Search.SearchAsync("speculative decoding", 5, CancellationToken.None);
        await conversations.SetShownAsync("f2", [.. hits.Select(h => h.Id)], CancellationToken.None);

        var summary = await _assistant.AskAsync("f2", "summarize the second one", CancellationToken.None);

        Assert.Equal(hits[1].Id, Assert.Single(summary.Citations).Id);
    }

    [Fact]
    public async Task AskAsync_SummarizeTheSecondOne_SummarizesTheSecondPaperOfTheLastAnswer()
    {
        var list = await _assistant.AskAsync("c2", "search quantization", CancellationToken.None);

        var summary = await _assistant.AskAsync("c2", "summarize the second one", CancellationToken.None);

        Assert.True(list.Citations.Count >= 2);
        Assert.Equal(list.Citations[1].Id, Assert.Single(summary.Citations).Id);
        Assert.StartsWith(OfflineText.SummaryLabel, summary.Text);
    }

    [Fact]
    public async Task AskAsync_ShortQuestionOnANewSubject_LeavesThePaper()
    {
        var first = await _assistant.AskAsync("i2", "who proposed splitting mini-batches into micro-batches to pipeline a giant network across accelerators?", CancellationToken.None);

        var next = await _assistant.AskAsync("i2", "what about speculative decoding?", CancellationToken.None);

        Assert.StartsWith("GPipe", first.Citations[0].Title);
        Assert.NotEmpty(next.Citations);
        Assert.DoesNotContain(next.Citations, c => c.Id == first.Citations[0].Id);
    }

    [Fact]
    public async Task AskAsync_AfterOnePaperOfAList_APlaceAndThemStillMeanTheList()
    {
        var list = await _assistant.AskAsync("c5", "search quantization", CancellationToken.None);
        var second = await _assistant.AskAsync("c5", "summarize the second one", CancellationToken.None);

        var third = await _assistant.AskAsync("c5", "summarize the third one", CancellationToken.None);
        var again = await _assistant.AskAsync("c5", "and what does it quantize?", CancellationToken.None);
        var newest = await _assistant.AskAsync("c5", "summarize the newest of them", CancellationToken.None);

        Assert.True(list.Citations.Count >= 3);
        Assert.Equal(list.Citations[1].Id, Assert.Single(second.Citations).Id);
        Assert.Equal(list.Citations[2].Id, Assert.Single(third.Citations).Id);
        Assert.Equal(list.Citations[2].Id, Assert.Single(again.Citations).Id);
        Assert.Contains(Assert.Single(newest.Citations).Id, list.Citations.Select(c => c.Id));
    }

    [Fact]
    public async Task AskAsync_MoreLikeThat_ListsPapersRelatedToTheFirstCitedOne()
    {
        var first = await _assistant.AskAsync("c3", "summarize GPipe", CancellationToken.None);

        var related = await _assistant.AskAsync("c3", "more like that", CancellationToken.None);

        var gpipe = Assert.Single(first.Citations);
        Assert.StartsWith("GPipe", gpipe.Title);
        Assert.Contains($"(#{gpipe.Id})", related.Text.Split('\n')[1]);
        Assert.NotEmpty(related.Citations);
        Assert.DoesNotContain(gpipe.Id, related.Citations.Select(c => c.Id));
    }

    [Fact]
    public async Task AskAsync_ReferenceWithNoEarlierResults_AsksWhichPaper()
    {
        var answer = await _assistant.AskAsync("fresh", "summarize the second one", CancellationToken.None);

        Assert.Empty(answer.Citations);
        Assert.Contains("Which paper", answer.Text);
    }

    [Fact]
    public async Task AskAsync_TenThousandCharacters_TrimmedAndSaid()
    {
        var question = string.Concat(Enumerable.Repeat("quantization of large language models ", 270));
        Assert.True(question.Length > 10_000);

        var answer = await _assistant.AskAsync("c4", question, CancellationToken.None);
        var remembered = await _store.Conversations().GetRecentAsync("c4", 12, CancellationToken.None);

        Assert.Contains("2,000", answer.Notice);
        Assert.True(remembered[0].Text.Length <= 2000);
        Assert.Equal(ChatRole.User, remembered[0].Role);
    }

    [Fact]
    public async Task AskAsync_Answered_RemembersBothTurnsWithTheCitedIds()
    {
        var answer = await _assistant.AskAsync("c5", "paper GPipe", CancellationToken.None);

        var turns = await _store.Conversations().GetRecentAsync("c5", 12, CancellationToken.None);

        Assert.Equal([ChatRole.User, ChatRole.Assistant], turns.Select(t => t.Role));
        Assert.Equal("paper GPipe", turns[0].Text);
        Assert.Equal(answer.Citations.Select(c => c.Id), turns[1].CitedPaperIds);
        Assert.Equal(_store.Time.GetUtcNow(), turns[1].At);
    }

    [Fact]
    public async Task AskAsync_WhatsNewWithoutTopic_ListsTheMostUpvotedOfTheCorpussLastDaysWithDates()
    {
        var answer = await _assistant.AskAsync("c6", "highlights", CancellationToken.None);

        Assert.NotEmpty(answer.Citations);
        Assert.Contains("most upvoted papers of the", answer.Text);
        Assert.Matches(@"\(\d{4}-\d{2}-\d{2}\)", answer.Text);
    }

    [Theory]
    [InlineData("what are the newest ideas for making LLM inference cheaper?")]
    [InlineData("what's new in training?")]
    [InlineData("latest work on speculative decoding")]
    public async Task AskAsync_NewestOnATopic_ListsRelevantPapersNewestFirstWithDates(string question)
    {
        var answer = await _assistant.AskAsync("c6", question, CancellationToken.None);

        Assert.NotEmpty(answer.Citations);
        Assert.DoesNotContain("nothing", answer.Text);
        var dates = System.Text.RegularExpressions.Regex.Matches(answer.Text, @"\((\d{4}-\d{2}-\d{2})\)").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(dates);
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task AskAsync_PaperById_DescribesIt()
    {
        var gpipe = await _store.Store.FindAsync("GPipe", CancellationToken.None);

        var answer = await _assistant.AskAsync("c7", $"#{gpipe!.Id}", CancellationToken.None);

        Assert.Equal(gpipe.Id, Assert.Single(answer.Citations).Id);
        Assert.Contains("GPipe", answer.Text);
    }

    [Fact]
    public async Task AskAsync_BroadQuestion_AnOverviewOfAtLeastThreePapersGroupedByApproachEveryLineCited()
    {
        var answer = await _assistant.AskAsync("o1", "how can I make LLM inference cheaper?", CancellationToken.None);

        var lines = answer.Text.Split('\n');
        var paperLines = lines.Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.True(answer.Citations.Count >= 3, answer.Text);
        Assert.Equal(answer.Citations.Count, paperLines.Count);
        Assert.All(paperLines.Select((l, i) => (l, i)), p => Assert.EndsWith($"[{p.i + 1}]", p.l));
        Assert.Contains(lines, l => l.StartsWith("**", StringComparison.Ordinal) && l.EndsWith("**", StringComparison.Ordinal));
        Assert.Equal(answer.Citations.Count, answer.Citations.Select(c => c.Id).Distinct().Count());
        foreach (var citation in answer.Citations)
        {
            Assert.Contains(citation.Title[..Math.Min(40, citation.Title.Length)], answer.Text);
        }
    }

    [Fact]
    public async Task AskAsync_BroadQuestionFewPapersSayInItsWords_TheThreeClosestSaidAsSuch()
    {
        // The corpus has data augmentation papers, none for speech: one paper holds most of the subject, too few for an
        // overview, so the plain answer would cite that one alone.
        var answer = await _assistant.AskAsync("o3", "which data augmentation tricks help for speech or audio?", CancellationToken.None);

        Assert.Equal(OverviewComposer.MaxPapers, answer.Citations.Count);
        Assert.Contains("the 3 closest", answer.Text);
        Assert.Contains(answer.Citations, c => c.Title.StartsWith("Effectiveness of Data Augmentation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AskAsync_NamedPaperNoAbstractSaysTheQuestion_TheClosestNotNothing()
    {
        // No abstract says "reproduced": the plain answer holds nothing, but the corpus has the paper named and papers near
        // the question. (Which three are closest depends on the model; the tests' stand-in for it is not arctic-xs.)
        var answer = await _assistant.AskAsync("o4", "has anyone reproduced GPipe's results?", CancellationToken.None);

        Assert.Equal(OverviewComposer.MaxPapers, answer.Citations.Count);
        Assert.Contains("the 3 closest", answer.Text);
        Assert.DoesNotContain("nothing", answer.Text);
    }

    [Fact]
    public async Task AskAsync_NarrowQuestion_NoOverview()
    {
        var answer = await _assistant.AskAsync("o2", "what speedup does pipelining micro-batches across accelerators give giant networks?", CancellationToken.None);

        Assert.DoesNotContain("by approach", answer.Text);
        Assert.StartsWith("GPipe", answer.Citations[0].Title);
    }

    [Fact]
    public async Task AskAsync_AuthorsTheCorpusLacks_SaysWhatItKnowsAndLinksWhereToLook()
    {
        await _assistant.AskAsync("b1", "who proposed splitting mini-batches into micro-batches to pipeline a giant network across accelerators?", CancellationToken.None);

        var answer = await _assistant.AskAsync("b1", "who are the authors of it?", CancellationToken.None);

        var cited = Assert.Single(answer.Citations);
        Assert.StartsWith("GPipe", cited.Title);
        var paper = await _store.Store.GetAsync(cited.Id, CancellationToken.None);
        Assert.Contains("does not hold the authors' names", answer.Text);
        Assert.Contains(paper!.ArxivUrl ?? $"https://arxiv.org/search/?searchtype=title&query={Uri.EscapeDataString(paper.Paper.Title)}", answer.Text);
    }

    [Fact]
    public async Task AskAsync_CodeAvailability_NeverClaimsCodeTheCorpusDoesNotLink()
    {
        var answer = await _assistant.AskAsync("b2", "is the code for GPipe pipeline parallelism available?", CancellationToken.None);

        var cited = Assert.Single(answer.Citations);
        var paper = await _store.Store.GetAsync(cited.Id, CancellationToken.None);
        Assert.Contains(paper!.Paper.GithubUrl is null ? "no code link" : paper.Paper.GithubUrl, answer.Text);
        Assert.Contains("Look here:", answer.Text);
    }

    public void Dispose() => _store.Dispose();
}
