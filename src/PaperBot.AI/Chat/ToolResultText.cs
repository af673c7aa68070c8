using System.Text.Json;
using PaperBot.AI.Plugins;

namespace PaperBot.AI.Chat;

/// <summary>A tool's value as the JSON text the model reads, shortened to the room left in its context.</summary>
internal static class ToolResultText
{
    private const string CutMark = " …(cut to fit the model's context)";

    /// <summary>
    /// The value the model is shown (fewer papers when a list does not fit), its text (<see langword="null"/> for no
    /// value), and whether it had to be shortened.
    /// </summary>
    public static (object? Shown, string? Text, bool Shortened) Fit(object? value, int roomTokens)
    {
        if (value is null)
        {
            return (null, null, false);
        }

        var text = JsonSerializer.Serialize(value);
        if (PromptBudget.Estimate(text) <= roomTokens)
        {
            return (value, text, false);
        }

        if (value is IReadOnlyList<PaperResult> list)
        {
            for (var count = list.Count - 1; count >= 0; count--)
            {
                var fewer = list.Take(count).ToArray();
                text = JsonSerializer.Serialize(fewer);
                if (PromptBudget.Estimate(text) <= roomTokens || count == 0)
                {
                    return (fewer, text, true);
                }
            }
        }

        var cut = PromptBudget.Cut(text, Math.Max(roomTokens - PromptBudget.Estimate(CutMark) - 1, 0));
        return (cut.Length == 0 ? null : value, cut + CutMark, true);
    }
}
