using Microsoft.Extensions.Time.Testing;
using Moq;
using PaperBot.Core.Library;
using PaperBot.Core.Papers;
using PaperBot.Discord.Commands;
using PaperBot.Discord.Interactions;
using TestInteractions = PaperBot.Tests.Discord.Interactions.Interactions;

namespace PaperBot.Tests.Discord.Commands;

public sealed class TopCommandTests
{
    private const string Channel = "1100000000000000003";
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    private readonly Mock<IPaperVotes> _votes = new();
    private readonly Mock<IPaperStore> _store = new();

    [Fact]
    public async Task Execute_Votes_PublicNumberedListWithCountsAndLinks()
    {
        _votes.Setup(v => v.TopAsync(Channel, Now.AddDays(-7), 10, It.IsAny<CancellationToken>())).ReturnsAsync([(42L, 3), (7L, 1)]);
        _store.Setup(s => s.GetAsync(42, It.IsAny<CancellationToken>())).ReturnsAsync(Paper(42, "GPipe: *Giant* Models", "1811.06965"));
        _store.Setup(s => s.GetAsync(7, It.IsAny<CancellationToken>())).ReturnsAsync(Paper(7, "Second", null));

        var reply = await Top().ExecuteAsync(new CommandInvocation(TestInteractions.Command("top")), CancellationToken.None);

        Assert.False(reply.Ephemeral);
        var embed = Assert.Single(reply.Embeds!);
        Assert.Equal("Most liked in this channel, the last 7 days", embed.Title);
        var lines = embed.Description!.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("1. **GPipe: \\*Giant\\* Models** · 3 👍", lines[0]);
        Assert.Contains("[arXiv](https://arxiv.org/abs/1811.06965)", lines[1], StringComparison.Ordinal);
        Assert.Equal("2. **Second** · 1 👍", lines[2]);
        Assert.Equal([42L, 7L], reply.ShownPaperIds);
    }

    [Fact]
    public async Task Execute_DaysAndCount_AskTheStoreForThatPeriod()
    {
        _votes.Setup(v => v.TopAsync(Channel, Now.AddDays(-30), 3, It.IsAny<CancellationToken>())).ReturnsAsync([]);

        var reply = await Top().ExecuteAsync(new CommandInvocation(TestInteractions.Command("top", ("days", 30L), ("count", 3L))), CancellationToken.None);

        _votes.Verify(v => v.TopAsync(Channel, Now.AddDays(-30), 3, It.IsAny<CancellationToken>()), Times.Once);
        Assert.Contains("the last 30 days", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_NoVotes_OneLine()
    {
        _votes.Setup(v => v.TopAsync(It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);

        var reply = await Top().ExecuteAsync(new CommandInvocation(TestInteractions.Command("top")), CancellationToken.None);

        Assert.DoesNotContain('\n', reply.Content!);
        Assert.StartsWith("No paper got a 👍 in this channel", reply.Content, StringComparison.Ordinal);
        Assert.Null(reply.Embeds);
        Assert.Empty(reply.ShownPaperIds);
    }

    private TopCommand Top() => new(_votes.Object, _store.Object, new FakeTimeProvider(Now));

    private static StoredPaper Paper(long id, string title, string? arxivId) => new(id, new Paper { Title = title, ArxivId = arxivId, Abstract = "" }, []);
}
