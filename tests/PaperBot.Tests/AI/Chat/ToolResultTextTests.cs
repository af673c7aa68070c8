using PaperBot.AI.Chat;
using PaperBot.AI.Plugins;

namespace PaperBot.Tests.AI.Chat;

/// <summary>A tool result shortened to the room left in the model's context: fewer papers first, then cut text.</summary>
public sealed class ToolResultTextTests
{
    private static readonly PaperResult[] Ten = [.. Enumerable.Range(1, 10)
        .Select(i => new PaperResult(i, $"Paper {i}", "2025-01-01", null, new string('s', 280)))];

    [Fact]
    public void Fit_Room_ListWhole()
    {
        var (shown, text, shortened) = ToolResultText.Fit(Ten, 10_000);

        Assert.Same(Ten, shown);
        Assert.False(shortened);
        Assert.StartsWith("[{\"id\":1,", text);
    }

    [Fact]
    public void Fit_LittleRoom_FewerPapersThatFit()
    {
        var (shown, text, shortened) = ToolResultText.Fit(Ten, 300);

        var papers = Assert.IsAssignableFrom<IReadOnlyList<PaperResult>>(shown);
        Assert.InRange(papers.Count, 1, 9);
        Assert.True(shortened);
        Assert.True(PromptBudget.Estimate(text) <= 300);
        Assert.Equal(Ten.Take(papers.Count), papers);
    }

    [Fact]
    public void Fit_OneLargeValue_CutWithAMark()
    {
        var details = new PaperDetails(12, "FlashAttention", "2022-05-27", null, "Tri Dao", 10, new string('a', 3000));

        var (_, text, shortened) = ToolResultText.Fit(details, 200);

        Assert.True(shortened);
        Assert.True(PromptBudget.Estimate(text) <= 200);
        Assert.EndsWith("(cut to fit the model's context)", text);
    }
}
