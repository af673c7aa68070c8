using System.Globalization;
using System.Text;

namespace PaperBot.Postgres.Search;

/// <summary>
/// What a member has typed of a title, as a <c>to_tsquery('english', …)</c> text that matches titles whose words start
/// with the typed words: each word reduced to letters and digits (so nothing in it is tsquery syntax), then <c>:*A</c>
/// (a prefix, in the title: the search vector weighs title words A).
/// </summary>
internal static class TitleWordsQuery
{
    /// <summary>The shortest word start expanded as a prefix: "a" would match half the corpus.</summary>
    public const int MinPrefixLength = 3;

    /// <summary>More words than this add nothing to a suggestion.</summary>
    public const int MaxWords = 8;

    /// <summary>The query for <paramref name="normalizedTitle"/>; <c>null</c> when no word is long enough to expand.</summary>
    public static string? For(string normalizedTitle)
    {
        var words = normalizedTitle.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(LettersAndDigits)
            .Where(w => w.Length >= MinPrefixLength)
            .Take(MaxWords)
            .ToList();
        return words.Count == 0 ? null : string.Join(" & ", words.Select(w => w + ":*A"));
    }

    private static string LettersAndDigits(string word)
    {
        var kept = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                kept.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
        }

        return kept.ToString();
    }
}
