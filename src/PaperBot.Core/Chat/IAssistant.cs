namespace PaperBot.Core.Chat;

/// <summary>
/// Answers a member's question from the corpus, citing the papers it used. Implementations never throw for a
/// model failure: they fall back to the offline answer and say so in <see cref="AssistantAnswer.Notice"/>.
/// </summary>
public interface IAssistant
{
    /// <param name="conversationId">
    /// Where the question was asked (a channel, thread or DM; "shell" locally); memory is kept per id. <see langword="null"/>
    /// for a one-shot question that neither reads nor writes any memory.
    /// </param>
    Task<AssistantAnswer> AskAsync(string? conversationId, string question, CancellationToken cancellationToken);
}
