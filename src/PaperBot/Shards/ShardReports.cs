using System.Text.Json;
using PaperBot.Cli;
using PaperBot.Core.Status;

namespace PaperBot.Shards;

/// <summary>
/// The shard reports on the store's status board, one per bot process under <c>shards-IDS</c> (so processes that split
/// the shards between them keep one each): beside a SQLite file, or in PostgreSQL for processes on several machines.
/// </summary>
internal static class ShardReports
{
    private const string KeyPrefix = "shards-";

    /// <summary>The board key of the process running <paramref name="shardIds"/> (<c>Discord:ShardIds</c>; none: every shard).</summary>
    public static string KeyFor(string? shardIds) =>
        KeyPrefix + (string.IsNullOrWhiteSpace(shardIds) ? "all" : new string(shardIds.Where(c => char.IsAsciiDigit(c) || c is '-' or ',').ToArray()).Replace(',', '_'));

    public static Task PostAsync(IStatusBoard board, string? shardIds, ShardReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(board);
        return board.PostAsync(KeyFor(shardIds), JsonSerializer.Serialize(report, CliJsonContext.Default.ShardReport), cancellationToken);
    }

    /// <summary>Every readable report on <paramref name="board"/>, lowest shard first; unreadable ones are skipped.</summary>
    public static async Task<IReadOnlyList<ShardReport>> ReadAllAsync(IStatusBoard? board, CancellationToken cancellationToken)
    {
        if (board is null)
        {
            return [];
        }

        var reports = new List<ShardReport>();
        foreach (var document in await board.ReadAllAsync(KeyPrefix, cancellationToken))
        {
            try
            {
                if (JsonSerializer.Deserialize(document, CliJsonContext.Default.ShardReport) is { } report)
                {
                    reports.Add(report);
                }
            }
            catch (JsonException)
            {
                // Not a report (written by hand, or by another version): the others still show.
            }
        }

        return [.. reports.OrderBy(r => r.Shards.Count == 0 ? int.MaxValue : r.Shards.Min(s => s.Id))];
    }
}
