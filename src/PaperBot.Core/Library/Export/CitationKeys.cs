using System.Globalization;
using System.Text;
using PaperBot.Core.Papers;

namespace PaperBot.Core.Library.Export;

/// <summary>
/// Citation keys such as <c>huang2018-1811.06965</c> or <c>gpipe-42</c>: the first author's family name (else the first
/// significant title word), the year when known, and the arXiv id (else the paper's id in the store). They depend on
/// the paper alone, so a paper keeps its key from one export to the next, and two papers never share one.
/// </summary>
public static class CitationKeys
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "on", "of", "in", "for", "to", "and", "with", "from", "by", "at", "towards", "toward", "is", "are", "do", "does", "can", "how", "what", "why", "when",
    };

    /// <summary>The key of one paper.</summary>
    public static string For(StoredPaper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var p = paper.Paper;
        var stem = p.Authors.Count > 0 ? Fold(PersonName.Parse(p.Authors[0]).Family) : "";
        if (stem.Length == 0)
        {
            stem = p.Title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Select(Fold)
                .FirstOrDefault(w => w.Length > 0 && !Skipped.Contains(w)) ?? "";
        }

        stem = stem.Length == 0 ? "paper" : stem[..Math.Min(stem.Length, 20)];
        var year = PaperDate(p) is { } date ? date.Year.ToString("D4", CultureInfo.InvariantCulture) : "";
        var suffix = p.ArxivId is { Length: > 0 } arxiv ? arxiv.Replace('/', '-') : paper.Id.ToString(CultureInfo.InvariantCulture);
        return $"{stem}{year}-{suffix}";
    }

    /// <summary>Keys for a list, in order; unique even if two papers had the same key (a second gets "b", a third "c").</summary>
    public static IReadOnlyList<string> Assign(IEnumerable<StoredPaper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var keys = new List<string>();
        foreach (var paper in papers)
        {
            var key = For(paper);
            for (var n = 1; !used.Add(key); n++)
            {
                key = $"{For(paper)}{(char)('a' + n)}";
            }

            keys.Add(key);
        }

        return keys;
    }

    /// <summary>The date a citation gives: publication, else the Hugging Face daily list the paper was on.</summary>
    internal static DateOnly? PaperDate(Paper paper) => paper.PublishedOn ?? paper.DailyDate;

    // Lower-case ASCII letters and digits only: accents dropped ("Müller" → "muller"), everything else removed.
    private static string Fold(string word)
    {
        var text = new StringBuilder();
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                text.Append(char.ToLowerInvariant(c));
            }
            else if (c is 'ß')
            {
                text.Append("ss");
            }
        }

        return text.ToString();
    }
}
