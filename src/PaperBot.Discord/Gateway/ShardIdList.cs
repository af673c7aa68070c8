using System.Globalization;

namespace PaperBot.Discord.Gateway;

/// <summary>Reads <c>Discord:ShardIds</c>: ids and ranges separated by commas (<c>0-3,8</c>), each within <c>[0, count)</c>.</summary>
internal static class ShardIdList
{
    /// <summary>The ids in ascending order, or an error line naming the key and what to write instead.</summary>
    public static bool TryParse(string text, int count, out IReadOnlyList<int> ids, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new SortedSet<int>();
        ids = [];
        error = "";
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split('-', StringSplitOptions.TrimEntries);
            if (bounds.Length is < 1 or > 2 || !TryReadId(bounds[0], out var first) || !TryReadId(bounds[^1], out var last) || last < first)
            {
                error = $"Discord:ShardIds has \"{part}\", which is not a shard id or a range: write ids and ranges like 0-3,8.";
                return false;
            }

            if (last >= count)
            {
                error = $"Discord:ShardIds has shard {last}, but Discord:ShardCount is {count}: ids go from 0 to {count - 1}.";
                return false;
            }

            for (var id = first; id <= last; id++)
            {
                found.Add(id);
            }
        }

        ids = [.. found];
        return true;
    }

    private static bool TryReadId(string text, out int id) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id);
}
