using System.Globalization;
using System.Text.RegularExpressions;
using PaperBot.Core.Chat;

namespace PaperBot.AI.Chat;

/// <summary>Finds the papers an answer mentions: by id (<c>[#12]</c> or <c>#12</c>) or by title.</summary>
internal static partial class CitationText
{
    // Titles shorter than this ("GPipe") are too likely to appear as plain words to count as a mention.
    private const int MinTitleChars = 12;

    /// <summary>The ids mentioned, in order of first mention, each once.</summary>
    public static IReadOnlyList<long> MentionedIds(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. IdMention().Matches(text).Select(ParseId).Distinct()];
    }

    /// <summary>The candidates the text mentions by id or by title, in order of first mention.</summary>
    public static IReadOnlyList<Citation> Cited(string text, IEnumerable<Citation> candidates)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(candidates);
        var idPositions = new Dictionary<long, int>();
        foreach (Match match in IdMention().Matches(text))
        {
            idPositions.TryAdd(ParseId(match), match.Index);
        }

        return [.. candidates
            .DistinctBy(c => c.Id)
            .Select(c => (Citation: c, Position: Position(text, c, idPositions)))
            .Where(x => x.Position >= 0)
            .OrderBy(x => x.Position)
            .Select(x => x.Citation)];
    }

    /// <summary>Removes the mentions of <paramref name="ids"/> (papers that do not exist) and tidies the spaces they leave.</summary>
    public static string RemoveIds(string text, IReadOnlySet<long> ids)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(ids);
        var removed = BracketedOrBareId().Replace(text, m => ids.Contains(ParseId(m)) ? string.Empty : m.Value);
        removed = SpaceBeforePunctuation().Replace(removed, "$1");
        return RepeatedSpaces().Replace(removed, " ").Trim();
    }

    private static int Position(string text, Citation citation, Dictionary<long, int> idPositions)
    {
        var byId = idPositions.TryGetValue(citation.Id, out var idAt) ? idAt : -1;
        var byTitle = citation.Title.Length >= MinTitleChars ? text.IndexOf(citation.Title, StringComparison.OrdinalIgnoreCase) : -1;
        return byId < 0 ? byTitle : byTitle < 0 ? byId : Math.Min(byId, byTitle);
    }

    private static long ParseId(Match match) => long.Parse(match.Groups["id"].Value, CultureInfo.InvariantCulture);

    // '#' not after a word character, '&' (an HTML entity) or '<' (a Discord channel mention); at most 12 digits.
    [GeneratedRegex(@"(?<![\w&<#])#(?<id>\d{1,12})\b")]
    private static partial Regex IdMention();

    [GeneratedRegex(@"\[\s*#(?<id>\d{1,12})\s*\]|(?<![\w&<#])#(?<id>\d{1,12})\b")]
    private static partial Regex BracketedOrBareId();

    [GeneratedRegex(@"[ \t]+([.,;:!?)\]])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex RepeatedSpaces();
}
