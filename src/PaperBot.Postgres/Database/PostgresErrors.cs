using System.Net.Sockets;
using Npgsql;
using PaperBot.Core.Papers;

namespace PaperBot.Postgres.Database;

/// <summary>
/// Turns Npgsql's failures into one line that says what to do, naming the server as host:port/database. Npgsql's own
/// messages never carry the password, and nothing here prints the connection string.
/// </summary>
internal static class PostgresErrors
{
    public static StoreException Translate(Exception error, string server) => error switch
    {
        StoreException store => store,
        PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } =>
            new StoreException($"PostgreSQL at {server} refused the login: check Username and Password in Storage:ConnectionString.", error),
        PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } =>
            new StoreException($"PostgreSQL at {server}: the database does not exist: create it (createdb) or fix Database= in Storage:ConnectionString.", error),
        PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } =>
            new StoreException($"PostgreSQL at {server}: the user may not do this ({Line(error.Message)}): grant it CREATE and USAGE on the database's schema.", error),
        PostgresException { SqlState: PostgresErrorCodes.DiskFull } =>
            new StoreException($"PostgreSQL at {server}: the server's disk is full: free some space. Nothing was half-written.", error),
        NpgsqlException { InnerException: SocketException or TimeoutException } or NpgsqlException { IsTransient: true } =>
            new StoreException($"cannot reach PostgreSQL at {server} ({Line(error.Message)}): start the server, or fix Host/Port in Storage:ConnectionString.", error),
        _ => new StoreException($"PostgreSQL at {server} failed: {Line(error.Message)}", error),
    };

    /// <summary>Whether the failure is the server's or the connection's (not a bug such as a wrong argument).</summary>
    public static bool IsStoreFailure(Exception error) => error is NpgsqlException or TimeoutException;

    private static string Line(string message) => message.ReplaceLineEndings(" ").Trim();
}
