using System.Globalization;
using System.Text;
using PaperBot.Data.Database;

namespace PaperBot.Data.Search.Words;

/// <summary>
/// Counts phrases as FTS5 matches them: each candidate's title and abstract split into words where FTS5's unicode61
/// tokenizer splits (letters, digits and private-use characters make words), each word turned into its index term
/// through <see cref="WordTerms"/> (FTS5's own stemming, remembered), and a phrase counted where its terms stand at
/// consecutive positions of one column. Reading a paper this way costs microseconds, where sending it through an
/// FTS5 table costs a hundred.
/// </summary>
internal sealed class PhraseCounter(SqliteDatabase database, WordTerms terms, PhraseFrequencies frequencies) : IPhraseCounter
{
    /// <summary>
    /// FTS5 counts a phrase's papers by checking each paper with all its words: affordable up to about this many (a
    /// hyphenated word, a rare name), too slow for a phrase of common words, whose IDF is then that of all its words.
    /// </summary>
    private const int ExactCountUpTo = 20_000;

    public long? PapersWith(WordPhrase phrase, int papersWithAllTerms) =>
        papersWithAllTerms > ExactCountUpTo || phrase.Match.Length == 0
            ? null
            : frequencies.GetOrAdd(phrase.Match, match => database.Read(c => c.ExecuteScalar<long>("SELECT count(*) FROM papers_fts WHERE papers_fts MATCH ?", match)));

    private const string TextsSql = "SELECT id AS Id, title AS Title, abstract AS Abstract FROM papers WHERE id IN (SELECT value FROM json_each(?))";

    public Dictionary<int, int[]> Count(IReadOnlyList<int> papers, IReadOnlyList<WordPhrase> phrases)
    {
        var json = "[" + string.Join(',', papers.Select(p => p.ToString(CultureInfo.InvariantCulture))) + "]";
        var texts = database.Read(c => c.Query<PaperText>(TextsSql, json));
        var counts = new Dictionary<int, int[]>(texts.Count);
        var sequence = new List<string>();
        foreach (var text in texts)
        {
            var found = new int[phrases.Count];
            foreach (var (column, weight) in new[] { (text.Title, WordPostings.TitleWeight), (text.Abstract, 1) })
            {
                sequence.Clear();
                foreach (var (start, length) in Words(column))
                {
                    sequence.AddRange(terms.Of(column.AsSpan(start, length)));
                }

                for (var p = 0; p < phrases.Count; p++)
                {
                    found[p] += weight * Occurrences(sequence, phrases[p]);
                }
            }

            counts[(int)text.Id] = found;
        }

        return counts;
    }

    private static int Occurrences(List<string> sequence, WordPhrase phrase)
    {
        var length = phrase.Terms.Count;
        if (length == 0)
        {
            return 0;
        }

        var count = 0;
        for (var start = 0; start + length <= sequence.Count; start++)
        {
            var all = true;
            for (var k = 0; k < length && all; k++)
            {
                var prefix = phrase.Prefix && k == length - 1;
                all = prefix ? sequence[start + k].StartsWith(phrase.Terms[k], StringComparison.Ordinal) : sequence[start + k] == phrase.Terms[k];
            }

            count += all ? 1 : 0;
        }

        return count;
    }

    /// <summary>Where the runs of token characters are in <paramref name="text"/>: unicode61's default categories, L*, N* and Co, and marks.</summary>
    private static IEnumerable<(int Start, int Length)> Words(string text)
    {
        var start = -1;
        var index = 0;
        while (index < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var width);
            var category = Rune.GetUnicodeCategory(rune);
            var inWord = Rune.IsLetterOrDigit(rune) || category is UnicodeCategory.OtherNumber or UnicodeCategory.LetterNumber
                or UnicodeCategory.PrivateUse or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            if (inWord && start < 0)
            {
                start = index;
            }
            else if (!inWord && start >= 0)
            {
                yield return (start, index - start);
                start = -1;
            }

            index += Math.Max(width, 1);
        }

        if (start >= 0)
        {
            yield return (start, text.Length - start);
        }
    }
}
