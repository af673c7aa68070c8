using Microsoft.SemanticKernel.ChatCompletion;
using PaperBot.AI.Chat;

namespace PaperBot.Tests.AI.Chat;

/// <summary>Token estimates stay on the safe side, and trimming keeps the system prompt and the question.</summary>
public sealed class PromptBudgetTests
{
    [Theory]
    [InlineData("How does FlashAttention reduce memory traffic on GPUs?")]
    [InlineData("Qu'est-ce que l'attention « flash », et pourquoi réduit-elle la mémoire ?")]
    public void Estimate_Text_AtLeastOneTokenPerFourCharacters(string text) =>
        Assert.True(PromptBudget.Estimate(text) >= text.Length / 4);

    [Fact]
    public void Estimate_Cjk_AtLeastOneTokenPerCharacter()
    {
        const string Text = "注意力机制如何减少显存访问";

        Assert.True(PromptBudget.Estimate(Text) >= Text.Length);
    }

    [Theory]
    [InlineData(4096, 800, 800)]
    [InlineData(2048, 800, 512)]
    [InlineData(4096, null, 800)]
    public void AnswerTokens_SmallContext_KeepsThreeQuartersForThePrompt(int context, int? configured, int expected)
    {
        var budget = new PromptBudget(context, configured);

        Assert.Equal((expected, context - expected), (budget.AnswerTokens, budget.PromptTokens));
    }

    [Fact]
    public void Cut_LongText_FitsAndKeepsSurrogatePairsWhole()
    {
        var text = string.Concat(Enumerable.Repeat("ab\U0001F600", 500));

        var cut = PromptBudget.Cut(text, 100);

        Assert.InRange(PromptBudget.Estimate(cut), 1, 100);
        Assert.False(char.IsHighSurrogate(cut[^1]));
        Assert.StartsWith(cut, text, StringComparison.Ordinal);
    }

    [Fact]
    public void DropOldestTurns_OverBudget_DropsOldestFirstAndKeepsSystemAndQuestion()
    {
        var history = new ChatHistory("system rules");
        for (var i = 1; i <= 6; i++)
        {
            history.AddMessage(i % 2 == 1 ? AuthorRole.User : AuthorRole.Assistant, $"turn {i} " + new string('x', 4000));
        }

        history.AddUserMessage("the question");
        var budget = new PromptBudget(4096, 800);

        var dropped = budget.DropOldestTurns(history, fixedTokens: 0);

        Assert.True(PromptBudget.Estimate(history) <= budget.PromptTokens);
        Assert.Equal(4, dropped);
        Assert.Equal(["system rules", "turn 5", "turn 6", "the question"], history.Select(m => m.Content!.Split(' ')[0] == "turn" ? m.Content[..6] : m.Content));
    }
}
