using Npgsql;
using NpgsqlTypes;
using PaperBot.Core.Papers;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Search;

/// <summary>Autocomplete's rows: <c>id, title</c> of at most <c>@max</c> papers.</summary>
internal static class TitleRows
{
    /// <summary>Runs <paramref name="command"/> (which it disposes) with <c>@max</c> = <paramref name="max"/>.</summary>
    public static async Task<List<TitlePrefixMatch>> ReadAsync(NpgsqlCommand command, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using (command)
        {
            command.With("max", NpgsqlDbType.Integer, max);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var titles = new List<TitlePrefixMatch>();
            while (await reader.ReadAsync(cancellationToken))
            {
                titles.Add(new TitlePrefixMatch(reader.GetInt64(0), reader.GetString(1)));
            }

            return titles;
        }
    }
}
