using PaperBot.Core.Chat;

namespace PaperBot.Core.Evaluation;

/// <summary>
/// Runs each two-turn dialog through an assistant, each in a fresh conversation, and counts the follow-ups whose answer
/// cites the expected paper. Without <c>keepState</c> the follow-up is asked in a conversation of its own: the baseline
/// of an assistant that does not know what the member just saw.
/// </summary>
public static class FollowUpEvaluator
{
    public static async Task<FollowUpReport> EvaluateAsync(IAssistant assistant, IReadOnlyList<FollowUpDialog> dialogs, bool keepState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assistant);
        ArgumentNullException.ThrowIfNull(dialogs);
        var misses = new List<FollowUpMiss>();
        var run = Guid.NewGuid().ToString("N")[..8];
        foreach (var dialog in dialogs)
        {
            var conversation = $"eval-followups-{run}-{dialog.Line}";
            await assistant.AskAsync(conversation, dialog.First, cancellationToken).ConfigureAwait(false);
            var answer = await assistant.AskAsync(keepState ? conversation : conversation + "-alone", dialog.FollowUp, cancellationToken).ConfigureAwait(false);
            if (!answer.Citations.Any(c => string.Equals(c.Title.Trim(), dialog.ExpectedTitle, StringComparison.OrdinalIgnoreCase)))
            {
                misses.Add(new FollowUpMiss(dialog, [.. answer.Citations.Select(c => c.Title)]));
            }
        }

        return new FollowUpReport(dialogs.Count, dialogs.Count - misses.Count, misses);
    }
}
