using PaperBot.Core.Papers;
using PaperBot.Core.Text;

namespace PaperBot.Core.Evaluation;

/// <summary>
/// Highlight-topic quality: each line's "question" is a topic and its titles are every paper of the corpus on it. The
/// topic filter picks papers over the whole corpus's dates; precision, recall and F1 are averaged over the topics.
/// </summary>
public static class TopicEvaluator
{
    /// <summary>Papers a topic may pick at most (the most a post ever considers).</summary>
    public const int MaxPicked = 100;

    public static async Task<TopicReport> EvaluateAsync(
        IRecentPapers recent, DateOnly from, DateOnly to, IReadOnlyList<EvaluationQuery> topics, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recent);
        ArgumentNullException.ThrowIfNull(topics);
        var outcomes = new List<TopicOutcome>(topics.Count);
        foreach (var topic in topics)
        {
            var picked = await recent.ListAsync(from, to, topic.Question, MaxPicked, cancellationToken).ConfigureAwait(false);
            var expected = topic.ExpectedTitles.Select(TitleNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
            var right = picked.Count(p => expected.Contains(TitleNormalizer.Normalize(p.Title)));
            var precision = picked.Count == 0 ? 0 : (double)right / picked.Count;
            var recall = expected.Count == 0 ? 0 : (double)right / expected.Count;
            outcomes.Add(new TopicOutcome(topic, picked.Count, right, precision, recall));
        }

        var count = outcomes.Count;
        var meanPrecision = count == 0 ? 0 : outcomes.Average(o => o.Precision);
        var meanRecall = count == 0 ? 0 : outcomes.Average(o => o.Recall);
        var f1 = count == 0 ? 0 : outcomes.Average(o => o.Precision + o.Recall == 0 ? 0 : 2 * o.Precision * o.Recall / (o.Precision + o.Recall));
        return new TopicReport(count, meanPrecision, meanRecall, f1, outcomes);
    }
}

/// <summary>Topic filtering quality (see <see cref="TopicEvaluator"/>).</summary>
public sealed record TopicReport(int Topics, double Precision, double Recall, double F1, IReadOnlyList<TopicOutcome> Outcomes);

/// <summary>One topic: how many papers it picked, how many of them belong to it, precision and recall.</summary>
public sealed record TopicOutcome(EvaluationQuery Topic, int Picked, int Right, double Precision, double Recall);
