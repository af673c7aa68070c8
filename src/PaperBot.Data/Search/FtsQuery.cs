using System.Globalization;
using System.Text;

namespace PaperBot.Data.Search;

/// <summary>
/// Turns any user text into a safe FTS5 MATCH expression. Every term is emitted as a quoted string of letters
/// and digits only, so no input (quotes, operators, <c>NEAR(</c>, brackets, emoji, 10,000 characters) can form a
/// syntax error. What users mean is kept: "quoted phrases", <c>prefix*</c>, <c>a OR b</c>, and hyphenated or
/// punctuated words (<c>GPT-4</c>, <c>N:M</c>) as phrases.
/// </summary>
internal sealed class FtsQuery
{
    /// <summary>More terms than this add nothing but cost: a pasted abstract is searched by its first terms.</summary>
    public const int MaxTerms = 32;

    private const int MaxWordLength = 64;

    private FtsQuery(IReadOnlyList<IReadOnlyList<FtsPhrase>> clauses, IReadOnlyList<string> words)
    {
        Words = words;
        Clauses = clauses;
        AllTerms = string.Join(" AND ", clauses.Select(c => c.Count == 1 ? c[0].Match : "(" + string.Join(" OR ", c.Select(p => p.Match)) + ")"));
        AnyTerm = string.Join(" OR ", clauses.SelectMany(c => c).Select(p => p.Match).Distinct());
    }

    /// <summary>The clauses (all must match) and their alternatives (any may), as the word index ranks them.</summary>
    public IReadOnlyList<IReadOnlyList<FtsPhrase>> Clauses { get; }

    /// <summary>Every clause must match (the precise query).</summary>
    public string AllTerms { get; }

    /// <summary>Any term may match (the fallback when nothing matches them all).</summary>
    public string AnyTerm { get; }

    /// <summary>The plain words, lower-cased, for highlighting snippets.</summary>
    public IReadOnlyList<string> Words { get; }

    public bool HasAlternatives => AllTerms != AnyTerm;

    /// <summary>The query for <paramref name="text"/>, or <c>null</c> when it has no searchable word.</summary>
    public static FtsQuery? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var clauses = new List<List<FtsPhrase>>();
        var words = new List<string>();
        var joinNextWithOr = false;
        var termCount = 0;
        foreach (var chunk in Chunk(text))
        {
            if (termCount >= MaxTerms)
            {
                break;
            }

            if (!chunk.Quoted && chunk.Text is "OR" or "|")
            {
                joinNextWithOr = clauses.Count > 0;
                continue;
            }

            if (!chunk.Quoted && chunk.Text is "AND" or "NOT" or "NEAR")
            {
                continue;
            }

            var parts = SplitWords(chunk.Text);
            if (parts.Count == 0)
            {
                continue;
            }

            words.AddRange(parts);
            var term = new FtsPhrase(parts, chunk.Prefix);
            if (joinNextWithOr)
            {
                clauses[^1].Add(term);
            }
            else
            {
                clauses.Add([term]);
            }

            joinNextWithOr = false;
            termCount++;
        }

        return clauses.Count == 0 ? null : new FtsQuery([.. clauses], words);
    }

    /// <summary>
    /// A query matching any of <paramref name="words"/> (each read as plain words, never as syntax), ranked by BM25:
    /// the candidate query of hybrid search and related papers. <c>null</c> when no word is searchable.
    /// </summary>
    public static string? AnyOf(IEnumerable<string> words) => AnyOfQuery(words)?.AnyTerm;

    /// <summary>As <see cref="AnyOf"/>, as a query: each word its own clause, to be matched by any (<see cref="AnyTerm"/>).</summary>
    public static FtsQuery? AnyOfQuery(IEnumerable<string> words)
    {
        var phrases = words
            .Select(w => SplitWords(w))
            .Where(parts => parts.Count > 0)
            .Select(parts => new FtsPhrase(parts, Prefix: false))
            .DistinctBy(p => p.Match, StringComparer.Ordinal)
            .Take(MaxTerms)
            .ToList();
        return phrases.Count == 0 ? null : new FtsQuery([.. phrases.Select(p => (IReadOnlyList<FtsPhrase>)[p])], [.. phrases.SelectMany(p => p.Words)]);
    }

    private readonly record struct RawChunk(string Text, bool Quoted, bool Prefix);

    /// <summary>Splits on white space, keeping "quoted phrases" (an unclosed quote runs to the end) together.</summary>
    private static IEnumerable<RawChunk> Chunk(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                var end = close < 0 ? text.Length : close;
                var inner = text[(i + 1)..end];
                var prefix = close >= 0 && close + 1 < text.Length && text[close + 1] == '*';
                yield return new RawChunk(inner, Quoted: true, prefix);
                i = close < 0 ? text.Length : close + (prefix ? 2 : 1);
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
            {
                i++;
            }

            var raw = text[start..i];
            yield return new RawChunk(raw, Quoted: false, Prefix: raw.Length > 1 && raw[^1] == '*' && IsWordRune(raw, raw.Length - 2));
        }
    }

    /// <summary>The runs of letters and digits in <paramref name="chunk"/>, lower-cased, as the FTS tokenizer sees words.</summary>
    private static List<string> SplitWords(string chunk)
    {
        var result = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in chunk.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                if (word.Length < MaxWordLength)
                {
                    word.Append(rune.ToString().ToLowerInvariant());
                }
            }
            else if (word.Length > 0)
            {
                result.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            result.Add(word.ToString());
        }

        return result;
    }

    private static bool IsWordRune(string text, int index) =>
        index >= 0 && Rune.TryGetRuneAt(text, index, out var rune) && IsWordRune(rune);

    private static bool IsWordRune(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark;
}
