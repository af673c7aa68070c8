using PaperBot.Core.Papers;
using PaperBot.Core.Trends;

namespace PaperBot.Retrieval.Topics;

/// <summary>
/// A topic's papers per month. "On the topic" is the rule of highlight topics (<see cref="TopicMatch"/>: every word of
/// it, or close in meaning when vectors exist) rather than search: search ranks the best few of all time, while a trend
/// needs every matching paper of a date range, and a trend that disagreed with the highlights on what counts as "on
/// diffusion" would confuse members. The same on every store: the store lists the papers (<see cref="ITopicPapers"/>).
/// </summary>
internal sealed class TopicTrends(ITopicPapers papers, IPaperStore store, TimeProvider time) : ITopicTrends
{
    public async Task<TopicTrend> GetAsync(string topic, int months, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        ArgumentOutOfRangeException.ThrowIfLessThan(months, TrendRules.MinMonths);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(months, TrendRules.MaxMonths);

        var end = await EndAsync(cancellationToken).ConfigureAwait(false);
        var from = TrendRules.PeriodStart(end, months);
        var hits = await papers.ListAllAsync(from, end, topic, cancellationToken).ConfigureAwait(false);
        var days = await papers.DaysAsync([.. hits.Select(h => h.Id)], cancellationToken).ConfigureAwait(false);
        var dated = hits.Where(h => days.ContainsKey(h.Id)).Select(h => h with { PublishedOn = days[h.Id] }).ToList();
        var counts = TrendRules.CountByMonth(end, months, dated.Select(h => h.PublishedOn!.Value));
        return new TopicTrend(topic, from, end, counts, [.. dated.Take(TrendRules.TopPapers)]);
    }

    /// <summary>
    /// The period ends today, or on the corpus's newest day when that is earlier: a corpus loaded once (like the
    /// bundled one) has its own "now", and twelve months before today could hold none of it.
    /// </summary>
    private async Task<DateOnly> EndAsync(CancellationToken cancellationToken)
    {
        var stats = await store.GetStatsAsync(cancellationToken).ConfigureAwait(false);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return new[] { stats.Newest, stats.LatestDaily }.Max() is { } newest && newest < today ? newest : today;
    }
}
