using PaperBot.Core.Chat;

namespace PaperBot.Core.Evaluation;

/// <summary>
/// Asks each broad question in a fresh conversation and compares the papers its answer cites with every paper the dev
/// set lists as relevant. A paper cited twice counts once.
/// </summary>
public static class OverviewEvaluator
{
    /// <summary>The fewest papers an overview should cite.</summary>
    public const int MinPapers = 3;

    public static async Task<OverviewReport> EvaluateAsync(IAssistant assistant, IReadOnlyList<EvaluationQuery> questions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assistant);
        ArgumentNullException.ThrowIfNull(questions);
        var outcomes = new List<OverviewOutcome>();
        var run = Guid.NewGuid().ToString("N")[..8];
        foreach (var question in questions)
        {
            var answer = await assistant.AskAsync($"eval-overviews-{run}-{question.Line}", question.Question, cancellationToken).ConfigureAwait(false);
            var cited = answer.Citations.Select(c => c.Title.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var expected = question.ExpectedTitles.ToHashSet(StringComparer.OrdinalIgnoreCase);
            outcomes.Add(new OverviewOutcome(question, cited, cited.Count(expected.Contains)));
        }

        return outcomes.Count == 0
            ? new OverviewReport(0, 0, 0, 0, outcomes)
            : new OverviewReport(
                outcomes.Count,
                outcomes.Average(o => o.Precision),
                outcomes.Average(o => o.Recall),
                outcomes.Count(o => o.CitedTitles.Count >= MinPapers),
                outcomes);
    }
}
