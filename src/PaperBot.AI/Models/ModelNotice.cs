namespace PaperBot.AI.Models;

/// <summary>The one line a reader sees when PaperBot answered offline because the model failed.</summary>
internal static class ModelNotice
{
    public static string ForAnswer(string reason) => $"The language model is unavailable ({reason}); this is an offline answer.";

    public static string ForSummary(string reason) => $"The language model is unavailable ({reason}); this is an offline summary.";
}
