using System.Text.RegularExpressions;

namespace PaperBot.Core.Corpus;

/// <summary>arXiv identifiers in the one form PaperBot stores and matches on.</summary>
public static partial class ArxivIds
{
    /// <summary>
    /// The identifier without version: "http://arxiv.org/abs/2002.00741v1" and "arXiv:2002.00741" give
    /// "2002.00741"; old-style "hep-th/9901001v2" gives "hep-th/9901001". Abs, pdf and html arXiv URLs and
    /// Hugging Face paper URLs are accepted. Anything else (including an impossible month) gives null.
    /// </summary>
    public static string? Normalize(string? idOrUrl)
    {
        if (string.IsNullOrWhiteSpace(idOrUrl))
        {
            return null;
        }

        var match = Pattern().Match(idOrUrl.Trim());
        if (!match.Success)
        {
            return null;
        }

        var modern = match.Groups["modern"];
        if (modern.Success)
        {
            return HasValidMonth(modern.Value) ? modern.Value : null;
        }

        // "math.GT/0309136": the subject class is not part of the identifier.
        var number = match.Groups["number"].Value;
        return HasValidMonth(number) ? $"{match.Groups["archive"].Value.ToLowerInvariant()}/{number}" : null;
    }

    // Both forms start with YYMM; a month outside 01-12 means the text only looks like an id.
    private static bool HasValidMonth(string id) => ((id[2] - '0') * 10) + (id[3] - '0') is >= 1 and <= 12;

    [GeneratedRegex(
        """
        ^(?:(?:https?://)?(?:www\.|export\.)?(?:arxiv\.org/(?:abs|pdf|html)|huggingface\.co/papers)/)?
        (?:arxiv:)?
        (?:(?<modern>\d{4}\.\d{4,5})|(?<archive>[a-z]+(?:-[a-z]+)?)(?:\.[a-z]{2})?/(?<number>\d{7}))
        (?:v\d+)?(?:\.pdf)?/?(?:[?\#].*)?$
        """,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Pattern();
}
