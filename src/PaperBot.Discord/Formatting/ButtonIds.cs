using System.Globalization;
using PaperBot.Core.Papers;

namespace PaperBot.Discord.Formatting;

/// <summary>
/// A button's <c>custom_id</c> is all the state Discord hands back (at most 100 characters), so it names the action
/// and its argument: <c>sum:42</c>, <c>card:42</c>, <c>sim:42</c>, <c>more:5:flash attention</c>, and for a filtered search
/// <c>mf:5:cs.CL,cs.LG;20240101;:flash attention</c> (categories; since; until as yyyyMMdd). Stateless, so buttons keep
/// working across restarts.
/// </summary>
internal static class ButtonIds
{
    public const string SummarizePrefix = "sum";
    public const string CardPrefix = "card";
    public const string SimilarPrefix = "sim";
    public const string MorePrefix = "more";
    public const string MoreFilteredPrefix = "mf";
    private const string DateFormat = "yyyyMMdd";

    public static string Summarize(long paperId) => $"{SummarizePrefix}:{paperId.ToString(CultureInfo.InvariantCulture)}";

    public static string Card(long paperId) => $"{CardPrefix}:{paperId.ToString(CultureInfo.InvariantCulture)}";

    public static string Similar(long paperId) => $"{SimilarPrefix}:{paperId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The next page of a search; a query too long for the id is cut (at a word), which still finds its papers.</summary>
    public static string More(int offset, string query) => More(offset, query, SearchFilter.None);

    /// <summary>
    /// The next page of a filtered search: the filter is kept whole (the /search options bound its length) and the
    /// query gets the room left, cut at a word.
    /// </summary>
    public static string More(int offset, string query, SearchFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var at = offset.ToString(CultureInfo.InvariantCulture);
        var head = filter.IsEmpty ? $"{MorePrefix}:{at}:" : $"{MoreFilteredPrefix}:{at}:{FormatFilter(filter)}:";
        return head + Cut(query.Trim(), DiscordLimits.CustomId - head.Length);
    }

    /// <summary>Reads a custom id: the action and its argument(s); false for ids PaperBot did not make.</summary>
    public static bool TryParse(string? customId, out string action, out long paperId, out int offset, out string query) =>
        TryParse(customId, out action, out paperId, out offset, out query, out _);

    /// <summary>As the other overload, with the filter of a More results button (<see cref="SearchFilter.None"/> otherwise).</summary>
    public static bool TryParse(string? customId, out string action, out long paperId, out int offset, out string query, out SearchFilter filter)
    {
        filter = SearchFilter.None;
        if (customId?.Split(':', 4) is [MoreFilteredPrefix, var from, var kept, var words]
            && int.TryParse(from, NumberStyles.None, CultureInfo.InvariantCulture, out offset)
            && words.Length > 0 && TryParseFilter(kept, out filter))
        {
            action = MorePrefix;
            paperId = 0;
            query = words;
            return true;
        }

        action = "";
        paperId = 0;
        offset = 0;
        query = "";
        var parts = (customId ?? "").Split(':', 3);
        switch (parts)
        {
            case [SummarizePrefix or CardPrefix or SimilarPrefix, var id] when long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out paperId):
                action = parts[0];
                return true;
            case [MorePrefix, var at, var text] when int.TryParse(at, NumberStyles.None, CultureInfo.InvariantCulture, out offset) && text.Length > 0:
                action = MorePrefix;
                query = text;
                return true;
            default:
                return false;
        }
    }

    private static string Cut(string text, int room)
    {
        if (text.Length <= room)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', room);
        text = text[..(cut > 0 ? cut : room)];
        return text.Length > 0 && char.IsHighSurrogate(text[^1]) ? text[..^1] : text;
    }

    private static string FormatFilter(SearchFilter filter) =>
        $"{string.Join(',', filter.Categories)};{filter.Since?.ToString(DateFormat, CultureInfo.InvariantCulture)};{filter.Until?.ToString(DateFormat, CultureInfo.InvariantCulture)}";

    private static bool TryParseFilter(string text, out SearchFilter filter)
    {
        filter = SearchFilter.None;
        if (text.Split(';') is not [var categories, var since, var until]
            || !TryParseDate(since, out var from) || !TryParseDate(until, out var to))
        {
            return false;
        }

        filter = new SearchFilter { Categories = categories.Split(',', StringSplitOptions.RemoveEmptyEntries), Since = from, Until = to };
        return !filter.IsEmpty;
    }

    private static bool TryParseDate(string text, out DateOnly? date)
    {
        date = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = day;
            return true;
        }

        return false;
    }
}
