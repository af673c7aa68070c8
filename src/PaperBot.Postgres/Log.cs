using Microsoft.Extensions.Logging;

namespace PaperBot.Postgres;

/// <summary>The PostgreSQL store's log messages, source-generated, event ids 4000-4999. Servers are named by host, port and database only: never the password.</summary>
internal static partial class Log
{
    [LoggerMessage(4001, LogLevel.Information, "Created or upgraded the PostgreSQL database {Server} from schema {From} to {To}")]
    public static partial void SchemaMigrated(ILogger logger, string server, int from, int to);

    [LoggerMessage(4002, LogLevel.Warning, "Conversation {ConversationId}: this turn was not remembered: {Reason}")]
    public static partial void ConversationNotSaved(ILogger logger, string conversationId, string reason);

    [LoggerMessage(4003, LogLevel.Information, "Ingested {Path}: {Entries} entries, {New} new, {Merged} merged")]
    public static partial void FileIngested(ILogger logger, string path, long entries, long @new, long merged);

    [LoggerMessage(4004, LogLevel.Information, "Skipped {Path}: the same content was ingested before")]
    public static partial void FileSkipped(ILogger logger, string path);

    [LoggerMessage(4005, LogLevel.Warning, "Could not ingest {Path}: {Reason}")]
    public static partial void FileFailed(ILogger logger, string path, string reason);

    [LoggerMessage(4006, LogLevel.Warning, "Ingested {Path} without {BadEntries} bad entries, the first: {FirstError}")]
    public static partial void BadEntriesSkipped(ILogger logger, string path, long badEntries, string firstError);
}
