using Microsoft.Extensions.Logging;

namespace PaperBot.Data;

/// <summary>The store's log messages, source-generated.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Created or upgraded the database {Path} from schema {From} to {To}")]
    public static partial void SchemaMigrated(ILogger logger, string path, int from, int to);

    [LoggerMessage(2, LogLevel.Warning, "The database {Path} is read-only: searches work, ingest will fail")]
    public static partial void ReadOnlyDatabase(ILogger logger, string path);

    [LoggerMessage(3, LogLevel.Information, "Ingested {Path}: {Entries} entries, {New} new, {Merged} merged")]
    public static partial void FileIngested(ILogger logger, string path, long entries, long @new, long merged);

    [LoggerMessage(4, LogLevel.Information, "Skipped {Path}: the same content was ingested before")]
    public static partial void FileSkipped(ILogger logger, string path);

    [LoggerMessage(5, LogLevel.Warning, "Could not ingest {Path}: {Reason}")]
    public static partial void FileFailed(ILogger logger, string path, string reason);

    [LoggerMessage(50, LogLevel.Warning, "Ingested {Path} without {BadEntries} bad entries, the first: {FirstError}")]
    public static partial void BadEntriesSkipped(ILogger logger, string path, long badEntries, string firstError);

    [LoggerMessage(6, LogLevel.Warning, "The embedding model {Model} failed ({Reason}): searching by words only")]
    public static partial void EmbeddingFailed(ILogger logger, string model, string reason);

    [LoggerMessage(7, LogLevel.Warning, "Conversation {ConversationId}: this turn was not remembered: {Reason}")]
    public static partial void ConversationNotSaved(ILogger logger, string conversationId, string reason);

    [LoggerMessage(8, LogLevel.Information, "Building the vector index {Path} for {Model} from the database ({Vectors} vectors): {Reason}; searching by exact scan until it is ready")]
    public static partial void VectorIndexBuilding(ILogger logger, string path, string model, long vectors, string reason);

    [LoggerMessage(9, LogLevel.Warning, "The vector index for {Model} could not be built ({Reason}): searching by exact scan")]
    public static partial void VectorIndexBuildFailed(ILogger logger, string model, string reason);

    [LoggerMessage(10, LogLevel.Warning, "The vector index {Path} could not be saved ({Reason}): it is kept in memory and built again next time")]
    public static partial void VectorIndexNotSaved(ILogger logger, string path, string reason);

    [LoggerMessage(11, LogLevel.Warning, "The vector index for {Model} failed a search ({Reason}): answered by exact scan")]
    public static partial void VectorIndexFailed(ILogger logger, string model, string reason);

    [LoggerMessage(12, LogLevel.Information, "Word index {Path}: {Papers} papers in {Seconds:0.0} s")]
    public static partial void WordIndexBuilt(ILogger logger, string path, long papers, double seconds);

    [LoggerMessage(13, LogLevel.Warning, "The word index {Path} could not be built ({Reason}): searches use FTS5 until it is")]
    public static partial void WordIndexFailed(ILogger logger, string path, string reason);
}
