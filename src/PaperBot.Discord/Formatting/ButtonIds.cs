using System.Globalization;

namespace PaperBot.Discord.Formatting;

/// <summary>
/// A button's <c>custom_id</c> is all the state Discord hands back (at most 100 characters), so it names the action
/// and its argument: <c>sum:42</c>, <c>card:42</c>, <c>sim:42</c>, <c>more:5:flash attention</c>. Stateless, so buttons keep
/// working across restarts.
/// </summary>
internal static class ButtonIds
{
    public const string SummarizePrefix = "sum";
    public const string CardPrefix = "card";
    public const string SimilarPrefix = "sim";
    public const string MorePrefix = "more";

    public static string Summarize(long paperId) => $"{SummarizePrefix}:{paperId.ToString(CultureInfo.InvariantCulture)}";

    public static string Card(long paperId) => $"{CardPrefix}:{paperId.ToString(CultureInfo.InvariantCulture)}";

    public static string Similar(long paperId) => $"{SimilarPrefix}:{paperId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The next page of a search; a query too long for the id is cut (at a word), which still finds its papers.</summary>
    public static string More(int offset, string query)
    {
        var head = $"{MorePrefix}:{offset.ToString(CultureInfo.InvariantCulture)}:";
        var room = DiscordLimits.CustomId - head.Length;
        var text = query.Trim();
        if (text.Length > room)
        {
            var cut = text.LastIndexOf(' ', room);
            text = text[..(cut > 0 ? cut : room)];
            if (char.IsHighSurrogate(text[^1]))
            {
                text = text[..^1];
            }
        }

        return head + text;
    }

    /// <summary>Reads a custom id: the action and its argument(s); false for ids PaperBot did not make.</summary>
    public static bool TryParse(string? customId, out string action, out long paperId, out int offset, out string query)
    {
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
}
