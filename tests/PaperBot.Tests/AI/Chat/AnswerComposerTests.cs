using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using PaperBot.AI.Chat;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;

namespace PaperBot.Tests.AI.Chat;

public sealed class AnswerComposerTests
{
    private static readonly Citation Flash = new(12, "FlashAttention: Fast and Memory-Efficient Exact Attention", "https://arxiv.org/abs/2205.14135");
    private readonly Mock<IPaperStore> _store = new();
    private readonly AnswerComposer _composer;

    public AnswerComposerTests()
    {
        _store.Setup(s => s.GetAsync(It.IsAny<long>(), It.IsAny<CancellationToken>())).ReturnsAsync((StoredPaper?)null);
        _store.Setup(s => s.GetAsync(7, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new StoredPaper(7, new Paper { Title = "GPipe", Abstract = "a", ArxivId = "1811.06965" }, []));
        _composer = new AnswerComposer(_store.Object, NullLogger<AnswerComposer>.Instance);
    }

    [Fact]
    public async Task ComposeAsync_ToolPaperMentioned_IsCitedWithoutAStoreLookup()
    {
        var answer = await _composer.ComposeAsync(new ToolChatResult("FlashAttention [#12] is IO-aware.", [Flash], 1), CancellationToken.None);

        Assert.Equal([Flash], answer.Citations);
        Assert.Equal(AnswerMode.Model, answer.Mode);
        _store.Verify(s => s.GetAsync(It.IsAny<long>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ComposeAsync_ToolPaperNotMentioned_IsNotCited()
    {
        var answer = await _composer.ComposeAsync(new ToolChatResult("Nothing relevant came up.", [Flash], 1), CancellationToken.None);

        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task ComposeAsync_IdFromEarlierTurnThatExists_IsCitedFromTheStore()
    {
        var answer = await _composer.ComposeAsync(new ToolChatResult("As before, GPipe [#7].", [], 0), CancellationToken.None);

        Assert.Equal([new Citation(7, "GPipe", "https://arxiv.org/abs/1811.06965")], answer.Citations);
    }

    [Fact]
    public async Task ComposeAsync_InventedIdBesideARealOne_IsRemoved()
    {
        var answer = await _composer.ComposeAsync(new ToolChatResult("See [#12] and [#4242].", [Flash], 1), CancellationToken.None);

        Assert.Equal("See [#12] and.", answer.Text);
        Assert.Equal([12L], answer.Citations.Select(c => c.Id));
    }

    [Fact]
    public async Task ComposeAsync_ToolsFoundNothingAndModelInventedPapers_SaysSoPlainly()
    {
        var answer = await _composer.ComposeAsync(new ToolChatResult("The classic is [#4242].", [], 1), CancellationToken.None);

        Assert.Equal(AnswerComposer.NothingFound, answer.Text);
        Assert.Empty(answer.Citations);
    }
}
