namespace PaperBot.AI.Chat;

/// <summary>Shapes a member's question before it reaches the model.</summary>
internal static class QuestionText
{
    /// <summary>Trimmed, and cut to <paramref name="maxChars"/> without splitting a surrogate pair.</summary>
    public static string Trim(string question, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Trim();
        if (text.Length <= maxChars)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[maxChars - 1]) ? maxChars - 1 : maxChars;
        return text[..cut].TrimEnd();
    }
}
