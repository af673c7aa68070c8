using System.Globalization;
using Microsoft.Extensions.Logging;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;
using PaperBot.Data.Database;

namespace PaperBot.Data.Chat;

/// <summary>
/// Conversation memory in the database, so it survives restarts; each conversation keeps the newest turns the caller
/// asks for (<c>Ai:MemoryTurns</c>, bound once by the AI project), trimmed as turns are appended. Remembering is best
/// effort: when the database cannot be written (another program holds the lock, the disk is full) the turn is
/// logged and dropped, because an answer already computed is worth more than its memory.
/// </summary>
internal sealed class SqliteConversationStore(
    SqliteDatabase database,
    ILogger<SqliteConversationStore> logger) : IConversationStore
{
    private const string RecentSql = """
        SELECT role AS Role, text AS Text, cited_ids AS CitedIds, at AS At FROM conversation_turns
        WHERE conversation_id = ? ORDER BY id DESC LIMIT ?
        """;

    private const string TrimSql = """
        DELETE FROM conversation_turns WHERE conversation_id = ?1
          AND id NOT IN (SELECT id FROM conversation_turns WHERE conversation_id = ?1 ORDER BY id DESC LIMIT ?2)
        """;

    public Task<IReadOnlyList<ConversationTurn>> GetRecentAsync(string conversationId, int maxTurns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        cancellationToken.ThrowIfCancellationRequested();
        if (maxTurns <= 0)
        {
            return Task.FromResult<IReadOnlyList<ConversationTurn>>([]);
        }

        var rows = database.Read(c => c.Query<Row>(RecentSql, conversationId, maxTurns));
        IReadOnlyList<ConversationTurn> turns = rows.AsEnumerable().Reverse().Select(ToTurn).ToList();
        return Task.FromResult(turns);
    }

    public Task AppendAsync(string conversationId, ConversationTurn turn, int keepTurns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(turn);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            Append(conversationId, turn, keepTurns);
        }
        catch (StoreException error)
        {
            Log.ConversationNotSaved(logger, conversationId, error.Message);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<long>> GetShownAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        cancellationToken.ThrowIfCancellationRequested();
        var ids = database.Read(c => c.ExecuteScalar<string?>("SELECT paper_ids FROM conversation_shown WHERE conversation_id = ?", conversationId));
        return Task.FromResult<IReadOnlyList<long>>(StoredIds.Parse(ids));
    }

    public Task SetShownAsync(string conversationId, IReadOnlyList<long> paperIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(paperIds);
        cancellationToken.ThrowIfCancellationRequested();
        if (paperIds.Count == 0)
        {
            return Task.CompletedTask;
        }

        try
        {
            database.Write(c => c.Execute(
                "INSERT OR REPLACE INTO conversation_shown(conversation_id, paper_ids) VALUES(?, ?)",
                conversationId,
                StoredIds.Format(paperIds)));
        }
        catch (StoreException error)
        {
            Log.ConversationNotSaved(logger, conversationId, error.Message);
        }

        return Task.CompletedTask;
    }

    private void Append(string conversationId, ConversationTurn turn, int keepTurns) =>
        database.Write(c =>
        {
            if (keepTurns > 0)
            {
                c.Execute(
                    "INSERT INTO conversation_turns(conversation_id, role, text, cited_ids, at) VALUES(?, ?, ?, ?, ?)",
                    conversationId,
                    turn.Role == ChatRole.User ? "user" : "assistant",
                    turn.Text,
                    StoredIds.Format(turn.CitedPaperIds),
                    turn.At.ToString("O", CultureInfo.InvariantCulture));
            }

            return c.Execute(TrimSql, conversationId, Math.Max(keepTurns, 0));
        });

    private static ConversationTurn ToTurn(Row row) => new(
        row.Role == "user" ? ChatRole.User : ChatRole.Assistant,
        row.Text,
        StoredIds.Parse(row.CitedIds),
        DateTimeOffset.Parse(row.At, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));

    private sealed class Row
    {
        public string Role { get; set; } = "";
        public string Text { get; set; } = "";
        public string? CitedIds { get; set; }
        public string At { get; set; } = "";
    }
}
