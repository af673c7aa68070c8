using Microsoft.Extensions.Logging;

namespace PaperBot.Embeddings;

/// <summary>Log messages of the embedding backfill, source-generated.</summary>
internal static partial class Log
{
    [LoggerMessage(401, LogLevel.Information, "Embedding papers with {Model}: {Done} of {Total} ({Rate:0.0} papers/s, about {Eta} s left)")]
    public static partial void BackfillProgress(ILogger logger, string model, long done, long total, double rate, long eta);

    [LoggerMessage(402, LogLevel.Warning, "Embedding the new papers failed ({Reason}): trying again after the next ingest")]
    public static partial void BackfillFailed(ILogger logger, string reason);
}
