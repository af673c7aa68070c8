using Microsoft.Extensions.Logging;

namespace PaperBot.Data;

/// <summary>The store's log messages, source-generated (event ids 1000-1999: each project has its own thousand, listed in README under Logging:LogLevel).</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Information, "Created or upgraded the database {Path} from schema {From} to {To}")]
    public static partial void SchemaMigrated(ILogger logger, string path, int from, int to);

    [LoggerMessage(1002, LogLevel.Warning, "The database {Path} is read-only: searches work, ingest will fail")]
    public static partial void ReadOnlyDatabase(ILogger logger, string path);

    [LoggerMessage(1003, LogLevel.Information, "Ingested {Path}: {Entries} entries, {New} new, {Merged} merged")]
    public static partial void FileIngested(ILogger logger, string path, long entries, long @new, long merged);

    [LoggerMessage(1004, LogLevel.Information, "Skipped {Path}: the same content was ingested before")]
    public static partial void FileSkipped(ILogger logger, string path);

    [LoggerMessage(1005, LogLevel.Warning, "Could not ingest {Path}: {Reason}")]
    public static partial void FileFailed(ILogger logger, string path, string reason);

    [LoggerMessage(1050, LogLevel.Warning, "Ingested {Path} without {BadEntries} bad entries, the first: {FirstError}")]
    public static partial void BadEntriesSkipped(ILogger logger, string path, long badEntries, string firstError);

    [LoggerMessage(1007, LogLevel.Warning, "Conversation {ConversationId}: this turn was not remembered: {Reason}")]
    public static partial void ConversationNotSaved(ILogger logger, string conversationId, string reason);

    [LoggerMessage(1008, LogLevel.Information, "Building the vector index {Path} for {Model} from the database ({Vectors} vectors): {Reason}; searching by exact scan until it is ready")]
    public static partial void VectorIndexBuilding(ILogger logger, string path, string model, long vectors, string reason);

    [LoggerMessage(1009, LogLevel.Warning, "The vector index for {Model} could not be built ({Reason}): searching by exact scan")]
    public static partial void VectorIndexBuildFailed(ILogger logger, string model, string reason);

    [LoggerMessage(1010, LogLevel.Warning, "The vector index {Path} could not be saved ({Reason}): it is kept in memory and built again next time")]
    public static partial void VectorIndexNotSaved(ILogger logger, string path, string reason);

    [LoggerMessage(1011, LogLevel.Warning, "The vector index for {Model} failed a search ({Reason}): answered by exact scan")]
    public static partial void VectorIndexFailed(ILogger logger, string model, string reason);

    [LoggerMessage(1012, LogLevel.Information, "Word index {Path}: {Papers} papers in {Seconds:0.0} s")]
    public static partial void WordIndexBuilt(ILogger logger, string path, long papers, double seconds);

    [LoggerMessage(1013, LogLevel.Warning, "The word index {Path} could not be built ({Reason}): searches use FTS5 until it is")]
    public static partial void WordIndexFailed(ILogger logger, string path, string reason);
}
