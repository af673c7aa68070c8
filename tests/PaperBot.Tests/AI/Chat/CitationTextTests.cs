using PaperBot.AI.Chat;
using PaperBot.Core.Chat;

namespace PaperBot.Tests.AI.Chat;

public sealed class CitationTextTests
{
    private static readonly Citation Flash = new(12, "FlashAttention: Fast and Memory-Efficient Exact Attention", null);
    private static readonly Citation GPipe = new(7, "GPipe", null);

    [Theory]
    [InlineData("See [#12] and [#7], then #12 again.", new long[] { 12, 7 })]
    [InlineData("Papers [#12, #7].", new long[] { 12, 7 })]
    [InlineData("Channel <#123456789012345678>, entity &#12; and issue x#3 are not ids.", new long[0])]
    [InlineData("No ids here.", new long[0])]
    public void MentionedIds_Text_FindsHashIdsInOrder(string text, long[] expected)
    {
        Assert.Equal(expected, CitationText.MentionedIds(text));
    }

    [Fact]
    public void Cited_ByIdOrTitle_InOrderOfFirstMention()
    {
        var text = "GPipe [#7] came first; flashattention: fast and memory-efficient exact attention came later.";

        var cited = CitationText.Cited(text, [Flash, GPipe, new Citation(99, "Never Mentioned Anywhere At All", null)]);

        Assert.Equal([7L, 12L], cited.Select(c => c.Id));
    }

    [Fact]
    public void Cited_ShortTitleWithoutId_IsNotACitation()
    {
        Assert.Empty(CitationText.Cited("GPipe pipelines models.", [GPipe]));
    }

    [Theory]
    [InlineData("Paper [#999] is great, see [#12].", "Paper is great, see [#12].")]
    [InlineData("As #999 shows.", "As shows.")]
    [InlineData("Both [#12] and [#999].", "Both [#12] and.")]
    public void RemoveIds_InventedIds_AreRemovedAndSpacesTidied(string text, string expected)
    {
        Assert.Equal(expected, CitationText.RemoveIds(text, new HashSet<long> { 999 }));
    }
}
