using Microsoft.Extensions.Logging;
using NpgsqlTypes;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Chat;

/// <summary>
/// Conversation memory in PostgreSQL, so it survives restarts and is shared by every PaperBot on the database; each
/// conversation keeps the newest turns the caller asks for, trimmed as turns are appended. Remembering is best effort:
/// when the server cannot be written, the turn is logged and dropped, because an answer already computed is worth more
/// than its memory.
/// </summary>
internal sealed class PostgresConversationStore(PostgresDatabase database, ILogger<PostgresConversationStore> logger) : IConversationStore
{
    private const string RecentSql = """
        SELECT role, text, cited_ids, at FROM conversation_turns
        WHERE conversation_id = @conversation ORDER BY id DESC LIMIT @max
        """;

    private const string TrimSql = """
        DELETE FROM conversation_turns WHERE conversation_id = @conversation
          AND id NOT IN (SELECT id FROM conversation_turns WHERE conversation_id = @conversation ORDER BY id DESC LIMIT @keep)
        """;

    public async Task<IReadOnlyList<ConversationTurn>> GetRecentAsync(string conversationId, int maxTurns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        if (maxTurns <= 0)
        {
            return [];
        }

        var newestFirst = await database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, RecentSql)
                    .With("conversation", NpgsqlDbType.Text, conversationId)
                    .With("max", NpgsqlDbType.Integer, maxTurns);
                await using var reader = await command.ExecuteReaderAsync(token);
                var turns = new List<ConversationTurn>();
                while (await reader.ReadAsync(token))
                {
                    var role = reader.GetString(0) == "user" ? ChatRole.User : ChatRole.Assistant;
                    turns.Add(new ConversationTurn(role, reader.GetString(1), reader.Ids(2), reader.Instant(3)));
                }

                return turns;
            },
            cancellationToken);
        newestFirst.Reverse();
        return newestFirst;
    }

    public async Task AppendAsync(string conversationId, ConversationTurn turn, int keepTurns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(turn);
        try
        {
            await database.InTransactionAsync(
                async (connection, transaction, token) =>
                {
                    if (keepTurns > 0)
                    {
                        await using var insert = Sql.Command(
                                connection,
                                "INSERT INTO conversation_turns(conversation_id, role, text, cited_ids, at) VALUES(@conversation, @role, @text, @cited, @at)",
                                transaction)
                            .With("conversation", NpgsqlDbType.Text, conversationId)
                            .With("role", NpgsqlDbType.Text, turn.Role == ChatRole.User ? "user" : "assistant")
                            .With("text", NpgsqlDbType.Text, turn.Text)
                            .With("cited", NpgsqlDbType.Array | NpgsqlDbType.Bigint, turn.CitedPaperIds.ToArray())
                            .With("at", NpgsqlDbType.TimestampTz, Sql.Utc(turn.At));
                        await insert.ExecuteNonQueryAsync(token);
                    }

                    await using var trim = Sql.Command(connection, TrimSql, transaction)
                        .With("conversation", NpgsqlDbType.Text, conversationId)
                        .With("keep", NpgsqlDbType.Integer, Math.Max(keepTurns, 0));
                    return await trim.ExecuteNonQueryAsync(token);
                },
                cancellationToken);
        }
        catch (StoreException error)
        {
            Log.ConversationNotSaved(logger, conversationId, error.Message);
        }
    }

    public async Task<IReadOnlyList<long>> GetShownAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return await database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, "SELECT paper_ids FROM conversation_shown WHERE conversation_id = @conversation")
                    .With("conversation", NpgsqlDbType.Text, conversationId);
                return await command.ExecuteScalarAsync(token) as long[] ?? [];
            },
            cancellationToken);
    }

    public async Task SetShownAsync(string conversationId, IReadOnlyList<long> paperIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(paperIds);
        if (paperIds.Count == 0)
        {
            return;
        }

        try
        {
            await database.RunAsync(
                async (connection, token) =>
                {
                    await using var command = Sql.Command(
                            connection,
                            """
                            INSERT INTO conversation_shown(conversation_id, paper_ids) VALUES(@conversation, @papers)
                            ON CONFLICT(conversation_id) DO UPDATE SET paper_ids = excluded.paper_ids
                            """)
                        .With("conversation", NpgsqlDbType.Text, conversationId)
                        .With("papers", NpgsqlDbType.Array | NpgsqlDbType.Bigint, paperIds.ToArray());
                    return await command.ExecuteNonQueryAsync(token);
                },
                cancellationToken);
        }
        catch (StoreException error)
        {
            Log.ConversationNotSaved(logger, conversationId, error.Message);
        }
    }
}
