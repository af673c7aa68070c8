using System.Text.RegularExpressions;
using PaperBot.Core.Chat;

namespace PaperBot.Core.Evaluation;

/// <summary>
/// Asks each factual question in a fresh conversation and checks the answer: does it cite the expected paper, and does
/// its text contain the fact (case and spacing aside)? An answer citing the right paper without the number asked for
/// has not answered.
/// </summary>
public static partial class FactEvaluator
{
    public static async Task<FactReport> EvaluateAsync(IAssistant assistant, IReadOnlyList<FactQuestion> questions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assistant);
        ArgumentNullException.ThrowIfNull(questions);
        var misses = new List<FactOutcome>();
        int cited = 0, included = 0;
        var run = Guid.NewGuid().ToString("N")[..8];
        foreach (var question in questions)
        {
            var answer = await assistant.AskAsync($"eval-facts-{run}-{question.Line}", question.Question, cancellationToken).ConfigureAwait(false);
            var citesPaper = answer.Citations.Any(c => string.Equals(c.Title.Trim(), question.ExpectedTitle, StringComparison.OrdinalIgnoreCase));
            var hasFact = Contains(answer.Text, question.Facts);
            cited += citesPaper ? 1 : 0;
            included += hasFact ? 1 : 0;
            if (!citesPaper || !hasFact)
            {
                misses.Add(new FactOutcome(question, citesPaper, hasFact, [.. answer.Citations.Select(c => c.Title)], answer.Text));
            }
        }

        return new FactReport(questions.Count, cited, included, misses);
    }

    /// <summary>Whether <paramref name="text"/> contains any of the wordings, ignoring case and runs of white space.</summary>
    public static bool Contains(string text, IReadOnlyList<string> wordings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(wordings);
        var haystack = Spaces().Replace(text, " ");
        return wordings.Any(w => haystack.Contains(Spaces().Replace(w, " "), StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
