using Microsoft.Extensions.Options;
using Npgsql;

namespace PaperBot.Postgres;

/// <summary>
/// Checks the provider and the connection string. Each failure is one line naming the key and what to do; a
/// connection string is never echoed (it holds a password).
/// </summary>
internal sealed class PostgresOptionsValidator(bool connectionStringInConfigFile = false)
    : IValidateOptions<PostgresOptions>
{
    public ValidateOptionsResult Validate(string? name, PostgresOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (connectionStringInConfigFile)
        {
            failures.Add("Storage:ConnectionString must not be in config/*.json (it holds a password and would be committed): remove it there and set PAPERBOT_Storage__ConnectionString or a user-secret.");
        }

        var provider = options.Provider?.Trim() ?? "";
        if (!provider.Equals(PostgresOptions.Sqlite, StringComparison.OrdinalIgnoreCase) && !options.UsesPostgres)
        {
            failures.Add($"Storage:Provider must be {PostgresOptions.Sqlite} (the default, a file) or {PostgresOptions.Postgres}, not \"{provider}\".");
        }

        if (options.UsesPostgres && ConnectionStringError(options.ConnectionString) is { } error)
        {
            failures.Add(error);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string? ConnectionStringError(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return "Storage:ConnectionString is required with Storage:Provider=Postgres: set PAPERBOT_Storage__ConnectionString, e.g. Host=localhost;Database=paperbot;Username=paperbot;Password=…";
        }

        try
        {
            var parsed = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(parsed.Host)
                ? "Storage:ConnectionString names no server: add Host=… (e.g. Host=localhost;Database=paperbot;Username=paperbot;Password=…)."
                : null;
        }
        catch (ArgumentException)
        {
            // The parser's message may quote the string, password included: say only where to look.
            return "Storage:ConnectionString is not a valid Npgsql connection string: use Key=Value pairs separated by ';', e.g. Host=localhost;Database=paperbot;Username=paperbot;Password=…";
        }
    }
}
