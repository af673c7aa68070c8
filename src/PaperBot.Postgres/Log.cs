using Microsoft.Extensions.Logging;

namespace PaperBot.Postgres;

/// <summary>The PostgreSQL store's log messages, source-generated. Servers are named by host, port and database only: never the password.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Created or upgraded the PostgreSQL database {Server} from schema {From} to {To}")]
    public static partial void SchemaMigrated(ILogger logger, string server, int from, int to);

    [LoggerMessage(2, LogLevel.Warning, "Conversation {ConversationId}: this turn was not remembered: {Reason}")]
    public static partial void ConversationNotSaved(ILogger logger, string conversationId, string reason);
}
