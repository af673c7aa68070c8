using Microsoft.Extensions.Logging;

namespace PaperBot.Retrieval;

/// <summary>Ranking's log messages, source-generated, event ids 5000-5999.</summary>
internal static partial class Log
{
    [LoggerMessage(5001, LogLevel.Warning, "The embedding model {Model} failed ({Reason}): searching by words only")]
    public static partial void EmbeddingFailed(ILogger logger, string model, string reason);
}
