using NpgsqlTypes;
using PaperBot.Core.Library;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Library;

/// <summary>Deletes one member's rows from every table that holds any, in one transaction.</summary>
internal sealed class PostgresMemberData(PostgresDatabase database) : IMemberData
{
    // The DMs recorded for the member are theirs even when the caller did not name them; PaperBot's paper messages in
    // them (and any votes on them) are that conversation too. Each statement reports its rows; the sum is the answer.
    private const string ForgetSql = """
        WITH channels AS (
                 SELECT unnest(@conversations::text[]) AS id
                 UNION SELECT channel_id FROM member_channels WHERE member_id = @member),
             library AS (DELETE FROM library_items WHERE member_id = @member RETURNING 1),
             votes AS (DELETE FROM paper_votes WHERE member_id = @member OR channel_id IN (SELECT id FROM channels) RETURNING 1),
             lists AS (DELETE FROM reading_list_items WHERE added_by = @member RETURNING 1),
             follows AS (DELETE FROM follows WHERE member_id = @member RETURNING 1),
             digests AS (DELETE FROM digest_posts WHERE member_id = @member RETURNING 1),
             turns AS (DELETE FROM conversation_turns WHERE conversation_id IN (SELECT id FROM channels) RETURNING 1),
             shown AS (DELETE FROM conversation_shown WHERE conversation_id IN (SELECT id FROM channels) RETURNING 1),
             messages AS (DELETE FROM paper_messages WHERE channel_id IN (SELECT id FROM channels) RETURNING 1),
             direct AS (DELETE FROM member_channels WHERE member_id = @member RETURNING 1)
        SELECT (SELECT count(*) FROM library) + (SELECT count(*) FROM votes) + (SELECT count(*) FROM lists)
             + (SELECT count(*) FROM follows) + (SELECT count(*) FROM digests) + (SELECT count(*) FROM turns)
             + (SELECT count(*) FROM shown) + (SELECT count(*) FROM messages) + (SELECT count(*) FROM direct)
        """;

    public async Task<int> ForgetAsync(string memberId, IReadOnlyList<string> conversationIds, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        ArgumentNullException.ThrowIfNull(conversationIds);

        // One statement is one transaction: every row goes, or none.
        var deleted = await database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, ForgetSql)
                    .With("member", NpgsqlDbType.Text, memberId)
                    .With("conversations", NpgsqlDbType.Array | NpgsqlDbType.Text, conversationIds.ToArray());
                return (long)(await command.ExecuteScalarAsync(token))!;
            },
            cancellationToken);
        return checked((int)deleted);
    }
}
