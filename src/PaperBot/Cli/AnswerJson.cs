using PaperBot.Core.Chat;

namespace PaperBot.Cli;

/// <summary>The <c>ask --json</c> object: <c>{answer, citations:[{id,title,url}], mode, notice}</c>.</summary>
internal sealed record AnswerJson(string Answer, IReadOnlyList<Citation> Citations, string Mode, string? Notice)
{
    public static AnswerJson From(AssistantAnswer answer) =>
        new(answer.Text, answer.Citations, answer.Mode.ToString().ToLowerInvariant(), answer.Notice);
}
