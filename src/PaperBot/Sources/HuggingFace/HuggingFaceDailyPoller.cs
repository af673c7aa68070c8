using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Corpus;

namespace PaperBot.Sources.HuggingFace;

/// <summary>
/// One poll: fetch each day's list from today (UTC) back <see cref="HuggingFaceOptions.BackfillDays"/> days, save the ones
/// that changed, and ingest the days' files. Lists that can no longer change and were already fetched are not asked for
/// again. A rate limit, an unavailable server or a garbage answer ends the poll early; the next poll tries again.
/// </summary>
internal sealed class HuggingFaceDailyPoller(
    HuggingFaceClient client,
    DailyFileStore files,
    CorpusUpdater updater,
    IOptions<HuggingFaceOptions> options,
    TimeProvider time,
    ILogger<HuggingFaceDailyPoller> logger)
{
    private const string Origin = "Hugging Face daily papers";

    /// <summary>Runs one poll; returns the days fetched from the server. Store failures and cancellation are thrown.</summary>
    public async Task<IReadOnlyList<DateOnly>> PollAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var fetched = new List<DateOnly>();
        var toIngest = new List<string>();
        for (var back = 0; back <= settings.BackfillDays; back++)
        {
            var date = today.AddDays(-back);
            if (back < 2 || !files.IsFinal(date))
            {
                var fetch = await client.FetchDayAsync(date, cancellationToken);
                var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (fetch.Status is DailyFetchStatus.Rejected)
                {
                    HuggingFaceLog.DayRejected(logger, day, fetch.Problem);
                    continue;
                }

                if (fetch.Status is not DailyFetchStatus.Ok)
                {
                    HuggingFaceLog.PollStopped(logger, day, fetch.Problem, settings.PollMinutes);
                    break;
                }

                var written = await files.SaveAsync(date, fetch.Body, cancellationToken);
                HuggingFaceLog.DayFetched(logger, day, fetch.Count, written ? "saved" : "unchanged");
                fetched.Add(date);
            }

            // Every day's file is offered, fetched now or not: one saved just before a crash still gets ingested, and
            // unchanged files cost a hash each.
            if (File.Exists(files.PathOf(date)))
            {
                toIngest.Add(files.PathOf(date));
            }
        }

        if (toIngest.Count > 0)
        {
            await updater.UpdateAsync(Origin, toIngest, cancellationToken);
        }

        return fetched;
    }
}
