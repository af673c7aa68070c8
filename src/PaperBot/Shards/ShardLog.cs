using Microsoft.Extensions.Logging;

namespace PaperBot.Shards;

/// <summary>The shard report's log messages, source-generated (ids 800-899 of the host's 100-999).</summary>
internal static partial class ShardLog
{
    [LoggerMessage(801, LogLevel.Warning, "Could not post the shard report {Key} ({Reason}); stats will not show the shards until the next post")]
    public static partial void ReportNotWritten(ILogger logger, string key, string reason);
}
