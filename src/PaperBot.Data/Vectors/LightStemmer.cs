using System.Buffers;

namespace PaperBot.Data.Vectors;

/// <summary>
/// A small suffix-stripping stemmer for lower-case English words, so that "quantization", "quantized" and
/// "quantize" meet, as do "sparse" and "sparsity". Cruder than Porter on purpose: it runs on every word at ingest,
/// and two words wrongly merged cost far less in a similarity score than in a search index.
/// </summary>
internal static class LightStemmer
{
    private static readonly SearchValues<char> Vowels = SearchValues.Create("aeiouy");

    // Tried longest first: the first suffix that leaves a long enough stem wins.
    private static readonly (string Suffix, string Replacement, int MinStem)[] AllRules = new (string, string, int)[]
    {
        ("izations", "", 3), ("isations", "", 3), ("ization", "", 3), ("isation", "", 3), ("ational", "", 3),
        ("ations", "", 3), ("ation", "", 3), ("atives", "", 3), ("ative", "", 3), ("ators", "", 3), ("ator", "", 3),
        ("ating", "", 4), ("ated", "", 4), ("ates", "", 4), ("ate", "", 4), ("izing", "", 3), ("ising", "", 3),
        ("ities", "", 3), ("ively", "", 3), ("ments", "", 4), ("ment", "", 4), ("ness", "", 3), ("isms", "", 3),
        ("ism", "", 3), ("izers", "", 3), ("izer", "", 3), ("izes", "", 3), ("ized", "", 3), ("ize", "", 3),
        ("ency", "ent", 3), ("ancy", "ant", 3), ("ables", "", 3), ("able", "", 3), ("ity", "", 3), ("ive", "", 3),
        ("ings", "", 3), ("ing", "", 3), ("ies", "y", 2), ("ers", "", 3), ("er", "", 3), ("ly", "", 4), ("ed", "", 3),
        ("es", "", 3), ("s", "", 3),
    }.OrderByDescending(r => r.Item1.Length).ToArray();

    // Indexed by the last letter, so a word tries only the few rules that can match it (this runs on every word at ingest).
    private static readonly (string Suffix, string Replacement, int MinStem)[][] RulesByLastLetter = Enumerable.Range(0, 26)
        .Select(letter => AllRules.Where(r => r.Suffix[^1] == (char)('a' + letter)).ToArray())
        .ToArray();

    /// <summary>Stems <paramref name="word"/> in place and returns the stem's length.</summary>
    public static int Stem(Span<char> word)
    {
        var length = word.Length;
        if (length <= 3)
        {
            return length;
        }

        var last = word[length - 1];
        var rules = last is >= 'a' and <= 'z' ? RulesByLastLetter[last - 'a'] : [];
        foreach (var (suffix, replacement, minStem) in rules)
        {
            var stem = length - suffix.Length;
            if (stem < minStem || !word[..length].EndsWith(suffix, StringComparison.Ordinal) || !Accepts(word[..stem], suffix))
            {
                continue;
            }

            replacement.AsSpan().CopyTo(word[stem..]);
            length = stem + replacement.Length;
            break;
        }

        // "sparse"/"sparsity", "scale"/"scaling": a final e is not part of the stem.
        if (length > 4 && word[length - 1] == 'e')
        {
            length--;
        }

        // "modelling"/"model", "distilled"/"distill": a doubled final consonant is one.
        if (length >= 4 && word[length - 1] == word[length - 2] && word[length - 1] is >= 'b' and <= 'z' and not ('s' or 'e' or 'i' or 'o' or 'u'))
        {
            length--;
        }

        return length;
    }

    private static bool Accepts(ReadOnlySpan<char> stem, string suffix) => suffix switch
    {
        // "string", "thing", "need", "speed": no vowel left, or a doubled e, means it was not a suffix.
        "ing" or "ings" or "ed" => stem.IndexOfAny(Vowels) >= 0 && !(suffix == "ed" && stem[^1] == 'e'),
        // "class", "bias", "focus", "analysis" keep their s; "gpus" and "ideas" do not.
        "s" => stem[^1] is not ('s' or 'i') && !(stem[^1] == 'u' && stem.Length >= 4) && !stem.EndsWith("ia"),
        _ => true,
    };
}
