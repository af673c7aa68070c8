using NpgsqlTypes;
using PaperBot.Core.Status;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Status;

/// <summary>
/// The status board in <c>status_board</c>: processes sharing the database may run on several machines, so what each
/// posts (its gateway shards) is in the database for <c>stats</c> anywhere.
/// </summary>
internal sealed class PostgresStatusBoard(PostgresDatabase database, TimeProvider time) : IStatusBoard
{
    public Task PostAsync(string key, string document, CancellationToken cancellationToken) =>
        database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(
                        connection,
                        """
                        INSERT INTO status_board(key, document, posted_at) VALUES(@key, @document, @now)
                        ON CONFLICT(key) DO UPDATE SET document = excluded.document, posted_at = excluded.posted_at
                        """)
                    .With("key", NpgsqlDbType.Text, StatusKeys.Check(key))
                    .With("document", NpgsqlDbType.Text, document)
                    .With("now", NpgsqlDbType.TimestampTz, Sql.Utc(time.GetUtcNow()));
                return await command.ExecuteNonQueryAsync(token);
            },
            cancellationToken);

    public Task<IReadOnlyList<string>> ReadAllAsync(string keyPrefix, CancellationToken cancellationToken) =>
        database.RunAsync<IReadOnlyList<string>>(
            async (connection, token) =>
            {
                // starts_with, not LIKE: a key's '_' is a letter here, not a wildcard.
                await using var command = Sql.Command(connection, @"SELECT document FROM status_board WHERE starts_with(key, @prefix) ORDER BY key COLLATE ""C""")
                    .With("prefix", NpgsqlDbType.Text, keyPrefix);
                await using var reader = await command.ExecuteReaderAsync(token);
                var documents = new List<string>();
                while (await reader.ReadAsync(token))
                {
                    documents.Add(reader.GetString(0));
                }

                return documents;
            },
            cancellationToken);
}
