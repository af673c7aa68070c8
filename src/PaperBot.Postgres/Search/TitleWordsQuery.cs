using System.Globalization;
using System.Text;

namespace PaperBot.Postgres.Search;

/// <summary>
/// What a member has typed of a title, as a <c>to_tsquery('english', …)</c> text that matches titles with those words,
/// the last one as a word start (<c>:*</c>), as the SQLite store reads it: "flash att" finds "… Flash Attention …". Each
/// word is reduced to letters and digits, so nothing in it is tsquery syntax. A last word shorter than
/// <see cref="MinPrefixLength"/> is left out (it would expand to much of the vocabulary); PostgreSQL's English
/// dictionary leaves out stop words itself.
/// </summary>
internal static class TitleWordsQuery
{
    /// <summary>The shortest word start expanded as a prefix: "a" would match half the corpus.</summary>
    public const int MinPrefixLength = 3;

    /// <summary>More words than this add nothing to a suggestion.</summary>
    public const int MaxWords = 8;

    /// <summary>The query for <paramref name="normalizedTitle"/>; <c>null</c> when no word is left to look for.</summary>
    public static string? For(string normalizedTitle)
    {
        ArgumentNullException.ThrowIfNull(normalizedTitle);
        var words = normalizedTitle.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(LettersAndDigits)
            .Where(w => w.Length > 0)
            .Take(MaxWords)
            .ToList();
        var lastIsPrefix = words.Count > 0 && words[^1].Length >= MinPrefixLength;
        if (words.Count > 0 && !lastIsPrefix)
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.Count == 0
            ? null
            : string.Join(" & ", words.Select((w, i) => lastIsPrefix && i == words.Count - 1 ? w + ":*" : w));
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
