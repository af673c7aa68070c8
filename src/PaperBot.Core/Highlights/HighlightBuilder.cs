using PaperBot.Core.Papers;

namespace PaperBot.Core.Highlights;

/// <summary>
/// Selects a day's highlights: the papers of that day (the Hugging Face daily list when known, else the paper's date),
/// on the topic when there is one, most upvoted first, leaving out papers the channel was shown within the repeat
/// window; each with a blurb from the model when one is configured, else extractive.
/// </summary>
public sealed class HighlightBuilder : IHighlightBuilder
{
    /// <summary>The most candidates one day is read for: far more than a post shows, even after leaving repeats out.</summary>
    private const int MaxCandidates = 100;

    private readonly IRecentPapers _recent;
    private readonly IPaperStore _store;
    private readonly IPostedPapers _posted;
    private readonly IBlurbWriter? _blurbs;
    private readonly TimeProvider _time;
    private readonly TimeSpan _repeatWindow;

    /// <param name="blurbs">The model's blurbs; <c>null</c> (or a writer that returns <c>null</c>) for extractive ones.</param>
    /// <param name="repeatWindowDays">A paper posted to a channel is not posted there again for this many days (0: repeats allowed).</param>
    public HighlightBuilder(IRecentPapers recent, IPaperStore store, IPostedPapers posted, TimeProvider time, IBlurbWriter? blurbs = null, int repeatWindowDays = 30)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(repeatWindowDays);
        _recent = recent;
        _store = store;
        _posted = posted;
        _time = time;
        _blurbs = blurbs;
        _repeatWindow = TimeSpan.FromDays(repeatWindowDays);
    }

    public async Task<HighlightPost> BuildAsync(HighlightRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var topic = SubscriptionRules.NormalizeTopic(request.Topic);
        var count = Math.Clamp(request.Count, SubscriptionRules.MinCount, SubscriptionRules.MaxCount);
        var shown = request.ChannelId is { } channel && _repeatWindow > TimeSpan.Zero
            ? await _posted.PostedSinceAsync(channel, _time.GetUtcNow() - _repeatWindow, cancellationToken).ConfigureAwait(false)
            : new HashSet<long>();

        var candidates = await _recent.ListAsync(request.Day, request.Day, topic, Math.Min(count + shown.Count, MaxCandidates), cancellationToken)
            .ConfigureAwait(false);
        var items = new List<HighlightItem>(count);
        foreach (var hit in candidates.Where(h => !shown.Contains(h.Id)).Take(count))
        {
            var stored = await _store.GetAsync(hit.Id, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                continue; // removed since the list was read
            }

            var blurb = await WriteBlurbAsync(stored, cancellationToken).ConfigureAwait(false);
            var paper = stored.Paper;
            items.Add(new HighlightItem(stored.Id, paper.Title, blurb, paper.Upvotes, paper.ArxivId, paper.GithubUrl));
        }

        return new HighlightPost(request.Day, topic, items);
    }

    private async Task<string> WriteBlurbAsync(StoredPaper stored, CancellationToken cancellationToken)
    {
        var written = _blurbs is null ? null : await _blurbs.WriteAsync(stored.Id, cancellationToken).ConfigureAwait(false);

        // A model may ramble: its blurb is held to the same two sentences and length as the extractive one.
        return string.IsNullOrWhiteSpace(written) ? ExtractiveBlurb.From(stored.Paper) : ExtractiveBlurb.Shorten(written);
    }
}
