using Microsoft.Extensions.Logging;
using Npgsql;
using PaperBot.Core.Papers;

namespace PaperBot.Postgres.Database;

/// <summary>
/// Brings a database to <see cref="PostgresSchema.CurrentVersion"/> in one transaction, under an advisory lock so that
/// processes starting together migrate once; a database written by a newer PaperBot is refused.
/// </summary>
internal sealed class SchemaMigrator(NpgsqlConnection connection, string server, ILogger logger)
{
    /// <summary>The advisory lock key PaperBot's migrations take (any fixed number other programs are unlikely to use).</summary>
    private const long MigrationLock = 0x50617065_72426F74; // "PaperBot"

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync($"SELECT pg_advisory_xact_lock({MigrationLock})", transaction, cancellationToken);
        await ExecuteAsync("CREATE TABLE IF NOT EXISTS paperbot_schema(version integer NOT NULL)", transaction, cancellationToken);
        await using var read = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM paperbot_schema", connection, transaction);
        var version = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        if (version > PostgresSchema.CurrentVersion)
        {
            throw new StoreException(
                $"PostgreSQL at {server} was written by a newer PaperBot (schema {version}, this one knows {PostgresSchema.CurrentVersion}): update PaperBot, or point Storage:ConnectionString at another database.");
        }

        if (version == PostgresSchema.CurrentVersion)
        {
            return;
        }

        foreach (var migration in PostgresSchema.All.Skip(version))
        {
            foreach (var sql in migration)
            {
                await ExecuteAsync(sql, transaction, cancellationToken);
            }
        }

        await ExecuteAsync("DELETE FROM paperbot_schema", transaction, cancellationToken);
        await ExecuteAsync($"INSERT INTO paperbot_schema(version) VALUES ({PostgresSchema.CurrentVersion})", transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Log.SchemaMigrated(logger, server, version, PostgresSchema.CurrentVersion);
    }

    private async Task ExecuteAsync(string sql, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
