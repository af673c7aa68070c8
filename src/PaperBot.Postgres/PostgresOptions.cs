namespace PaperBot.Postgres;

/// <summary>
/// Which database holds PaperBot's data, and where the PostgreSQL server is. Section <c>Storage</c>, shared with the
/// SQLite settings (<c>Storage:DatabasePath</c> and the rest, which PostgreSQL ignores).
/// </summary>
public sealed class PostgresOptions
{
    public const string SectionName = "Storage";

    /// <summary>The value of <see cref="Provider"/> that keeps the embedded SQLite file (the default).</summary>
    public const string Sqlite = "Sqlite";

    /// <summary>The value of <see cref="Provider"/> that uses the PostgreSQL server at <see cref="ConnectionString"/>.</summary>
    public const string Postgres = "Postgres";

    /// <summary><c>Sqlite</c> (default: a file, nothing to set up) or <c>Postgres</c>; compared ignoring case.</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>
    /// An Npgsql connection string, e.g. <c>Host=db.example;Port=5432;Database=paperbot;Username=paperbot;Password=…</c>.
    /// Required with <c>Postgres</c>. It holds a password, so it comes from the environment
    /// (<c>PAPERBOT_Storage__ConnectionString</c>) or user-secrets, never from <c>config/*.json</c>. No default.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Whether <see cref="Provider"/> asks for PostgreSQL.</summary>
    public bool UsesPostgres => string.Equals(Provider?.Trim(), Postgres, StringComparison.OrdinalIgnoreCase);
}
