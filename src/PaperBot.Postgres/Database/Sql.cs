using Npgsql;
using NpgsqlTypes;

namespace PaperBot.Postgres.Database;

/// <summary>
/// Commands with typed parameters: user text only ever reaches the server as a parameter value, never inside the SQL.
/// </summary>
internal static class Sql
{
    public static NpgsqlCommand Command(NpgsqlConnection connection, string sql, NpgsqlTransaction? transaction = null) =>
        new(sql, connection, transaction);

    /// <summary>Adds a parameter of an explicit type (so a null still has one) and returns the command, for chaining.</summary>
    public static NpgsqlCommand With(this NpgsqlCommand command, string name, NpgsqlDbType type, object? value)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value ?? DBNull.Value });
        return command;
    }

    /// <summary>An instant as <c>timestamptz</c> wants it: UTC.</summary>
    public static DateTime Utc(DateTimeOffset instant) => instant.UtcDateTime;

    /// <summary>A <c>timestamptz</c> column as an instant (Npgsql reads it as a UTC <see cref="DateTime"/>).</summary>
    public static DateTimeOffset Instant(this NpgsqlDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc));
    }

    public static DateTimeOffset? OptionalInstant(this NpgsqlDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsDBNull(ordinal) ? null : reader.Instant(ordinal);
    }

    public static string? OptionalString(this NpgsqlDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    public static long[] Ids(this NpgsqlDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsDBNull(ordinal) ? [] : reader.GetFieldValue<long[]>(ordinal);
    }

    /// <summary>The first column of every row, as a set of ids.</summary>
    public static async Task<HashSet<long>> ReadIdSetAsync(this NpgsqlCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new HashSet<long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }
}
