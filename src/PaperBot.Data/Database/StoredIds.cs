using System.Globalization;

namespace PaperBot.Data.Database;

/// <summary>
/// Lists of paper ids as one column (cited papers, papers shown, a post's or a digest's papers, a message's papers):
/// comma-separated invariant integers, null for none.
/// </summary>
internal static class StoredIds
{
    public static string? Format(IReadOnlyList<long> ids) =>
        ids.Count == 0 ? null : string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));

    public static List<long> Parse(string? ids) =>
        string.IsNullOrEmpty(ids) ? [] : [.. ids.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => long.Parse(id, CultureInfo.InvariantCulture))];
}
