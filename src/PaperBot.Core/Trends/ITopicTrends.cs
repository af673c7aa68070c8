namespace PaperBot.Core.Trends;

/// <summary>How many papers on a topic each month, and the topic's most upvoted papers of the period.</summary>
public interface ITopicTrends
{
    /// <summary>
    /// The last <paramref name="months"/> calendar months (<see cref="TrendRules.MinMonths"/>-<see cref="TrendRules.MaxMonths"/>)
    /// up to the corpus's newest day (or today, when the corpus is current), counting papers by their Hugging Face daily
    /// date, else their publication date.
    /// </summary>
    Task<TopicTrend> GetAsync(string topic, int months, CancellationToken cancellationToken);
}
