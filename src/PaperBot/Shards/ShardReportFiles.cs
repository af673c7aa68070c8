using System.Text.Json;
using PaperBot.Cli;

namespace PaperBot.Shards;

/// <summary>
/// The shard reports beside the database: <c>FILE.shards-IDS.json</c>, one per bot process (so processes that split the
/// shards between them keep a file each). Written whole to a temporary file and moved, so a reader never sees half.
/// </summary>
internal static class ShardReportFiles
{
    public static string PathFor(string databasePath, string? shardIds)
    {
        var tag = string.IsNullOrWhiteSpace(shardIds) ? "all" : new string(shardIds.Where(c => char.IsAsciiDigit(c) || c is '-' or ',').ToArray()).Replace(',', '_');
        return $"{databasePath}.shards-{tag}.json";
    }

    public static async Task WriteAsync(string path, ShardReport report, CancellationToken cancellationToken)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(report, CliJsonContext.Default.ShardReport), cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Every readable report beside <paramref name="databasePath"/>, lowest shard first; unreadable files are skipped.</summary>
    public static IReadOnlyList<ShardReport> ReadAll(string databasePath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(databasePath));
        if (folder is null || !Directory.Exists(folder))
        {
            return [];
        }

        var reports = new List<ShardReport>();
        foreach (var file in Directory.EnumerateFiles(folder, $"{Path.GetFileName(databasePath)}.shards-*.json"))
        {
            try
            {
                if (JsonSerializer.Deserialize(File.ReadAllText(file), CliJsonContext.Default.ShardReport) is { } report)
                {
                    reports.Add(report);
                }
            }
            catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
            {
                // Being replaced, or not ours: the next stats reads it again.
            }
        }

        return [.. reports.OrderBy(r => r.Shards.Count == 0 ? int.MaxValue : r.Shards.Min(s => s.Id))];
    }
}
