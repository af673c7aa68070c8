using PaperBot.Core.Papers;

namespace PaperBot.Core.Highlights;

/// <summary>Which day "highlights" means when none is named: the newest Hugging Face daily list in the store, else today (UTC).</summary>
public static class HighlightDay
{
    public static async Task<DateOnly> DefaultAsync(IPaperStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        var stats = await store.GetStatsAsync(cancellationToken).ConfigureAwait(false);
        return stats.LatestDaily ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
    }
}
