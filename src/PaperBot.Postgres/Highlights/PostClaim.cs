using Npgsql;
using NpgsqlTypes;
using PaperBot.Core.Highlights;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Highlights;

/// <summary>
/// How one process begins a post or a digest that every PaperBot on the database may try to send: an upsert that claims
/// the row for this process until its lease lapses (binding <c>@nonce</c>, <c>@papers</c>, <c>@now</c>, <c>@owner</c>,
/// <c>@until</c> besides the row's key), then the row as this process sees it, in one transaction. PostgreSQL locks the
/// row, so of two processes beginning together exactly one holds the claim.
/// </summary>
internal sealed class PostClaim(PostClaimLease lease)
{
    /// <summary>This process's name in <c>claimed_by</c>.</summary>
    public string Owner { get; } = PostClaimOwner.New();

    public Task<T> BeginAsync<T>(
        PostgresDatabase database,
        (string Begin, string Read) sql,
        Func<NpgsqlCommand, NpgsqlCommand> bindKey,
        (string Nonce, IReadOnlyList<long> PaperIds, DateTimeOffset Now) post,
        Func<NpgsqlCommand, CancellationToken, Task<T>> read,
        CancellationToken cancellationToken) =>
        database.InTransactionAsync(
            async (connection, transaction, token) =>
            {
                await using (var begin = bindKey(Sql.Command(connection, sql.Begin, transaction)))
                {
                    begin.With("nonce", NpgsqlDbType.Text, post.Nonce)
                        .With("papers", NpgsqlDbType.Array | NpgsqlDbType.Bigint, post.PaperIds.Count == 0 ? null : post.PaperIds.ToArray())
                        .With("now", NpgsqlDbType.TimestampTz, Sql.Utc(post.Now))
                        .With("owner", NpgsqlDbType.Text, Owner)
                        .With("until", NpgsqlDbType.TimestampTz, Sql.Utc(post.Now + lease.Duration));
                    await begin.ExecuteNonQueryAsync(token);
                }

                await using var select = bindKey(Sql.Command(connection, sql.Read, transaction));
                return await read(select, token);
            },
            cancellationToken);
}
