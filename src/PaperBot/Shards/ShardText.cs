using System.Globalization;
using System.Text;

namespace PaperBot.Shards;

/// <summary>The shard lines of <c>stats</c>: one per shard, under a line per bot process.</summary>
internal static class ShardText
{
    public static string Format(IReadOnlyList<ShardReport> reports, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var text = new StringBuilder();
        foreach (var report in reports)
        {
            var count = report.Shards.Count == 0 ? 0 : report.Shards[0].Count;
            var staleness = report.IsStale(now) ? $"; stale: not updated since {Time(report.UpdatedAt)}, the bot is probably not running" : "";
            text.Append(CultureInfo.InvariantCulture,
                $"Discord shards: {report.Shards.Count} of {count} (Discord:ShardIds {report.ShardIds}; process {report.ProcessId}, as of {Time(report.UpdatedAt)}{staleness})").AppendLine();
            foreach (var shard in report.Shards)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"  shard {shard.Id}: {shard.State} since {Time(shard.Since)}; {shard.Identifies} identify(s), {shard.Resumes} resume(s), {shard.Events} event(s)");
                if (shard.LastClose is { } close)
                {
                    text.Append("; last close: ").Append(close);
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
