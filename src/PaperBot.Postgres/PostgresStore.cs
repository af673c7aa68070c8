namespace PaperBot.Postgres;

/// <summary>How far the PostgreSQL store has come: which Core ports it implements, and whether that is all of them.</summary>
internal static class PostgresStore
{
    /// <summary>
    /// Whether every port the host needs has a PostgreSQL implementation. Until it has, choosing PostgreSQL is refused at
    /// start (see <see cref="PostgresOptionsValidator"/>) rather than running a bot that keeps half its data in SQLite.
    /// </summary>
    public const bool IsComplete = false;

    /// <summary>The ports stored in PostgreSQL so far, for the refusal's message.</summary>
    public const string DonePorts = "subscriptions, the highlight post log, conversation memory, ingest, papers, word search, stored vectors, libraries, reading lists, DM channels and votes";
}
