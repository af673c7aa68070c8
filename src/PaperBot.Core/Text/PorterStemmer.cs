namespace PaperBot.Core.Text;

/// <summary>
/// The Porter (1980) stemmer, as SQLite's FTS5 <c>porter</c> tokenizer applies it to the search index, so that every
/// place PaperBot compares words ("quantized", "quantization", "quantize" → "quantiz") agrees with search. Works in
/// place on lower-case ASCII letters; other words (digits, non-Latin letters, very short or very long) are left as
/// they are, as FTS5 leaves them.
/// </summary>
public static class PorterStemmer
{
    /// <summary>Longer words are not stemmed (FTS5's limit too).</summary>
    public const int MaxLength = 64;

    private static readonly System.Buffers.SearchValues<char> LettersAndDigits = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789");

    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    // Longest first where one ends with another ("ement", "ment", "ent"): the first suffix that matches decides.
    private static readonly string[] Step4Suffixes =
    [
        "ement", "ment", "ance", "ence", "able", "ible", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion", "al",
        "er", "ic", "ou",
    ];

    /// <summary>The stem of <paramref name="word"/> (expected lower-case).</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3 || word.Length > MaxLength)
        {
            return word;
        }

        Span<char> buffer = stackalloc char[word.Length];
        word.AsSpan().CopyTo(buffer);
        var length = Stem(buffer);
        return buffer[..length].SequenceEqual(word) ? word : new string(buffer[..length]);
    }

    /// <summary>Stems <paramref name="word"/> in place and returns the stem's length (never longer than the word).</summary>
    public static int Stem(Span<char> word)
    {
        var k = word.Length;
        if (k < 3 || k > MaxLength || word.ContainsAnyExcept(LettersAndDigits))
        {
            return k;
        }

        k = Step1a(word, k);
        k = Step1b(word, k);
        if (k > 1 && word[k - 1] == 'y' && HasVowel(word, k - 1))
        {
            word[k - 1] = 'i';
        }

        k = ReplaceIfMeasured(word, k, Step2Rules);
        k = ReplaceIfMeasured(word, k, Step3Rules);
        k = Step4(word, k);
        return Step5(word, k);
    }

    private static int Step1a(Span<char> w, int k)
    {
        if (EndsWith(w, k, "sses") || EndsWith(w, k, "ies"))
        {
            return k - 2;
        }

        return !EndsWith(w, k, "ss") && w[k - 1] == 's' ? k - 1 : k;
    }

    private static int Step1b(Span<char> w, int k)
    {
        if (EndsWith(w, k, "eed"))
        {
            return Measure(w, k - 3) > 0 ? k - 1 : k;
        }

        int stem;
        if (EndsWith(w, k, "ed") && HasVowel(w, k - 2))
        {
            stem = k - 2;
        }
        else if (EndsWith(w, k, "ing") && HasVowel(w, k - 3))
        {
            stem = k - 3;
        }
        else
        {
            return k;
        }

        // "conflat(ed)" → "conflate", "hopp(ing)" → "hop", "fil(ing)" → "file". The removed suffix leaves room for an e.
        if (EndsWith(w, stem, "at") || EndsWith(w, stem, "bl") || EndsWith(w, stem, "iz"))
        {
            w[stem] = 'e';
            return stem + 1;
        }

        if (IsDoubleConsonant(w, stem) && w[stem - 1] is not ('l' or 's' or 'z'))
        {
            return stem - 1;
        }

        if (Measure(w, stem) == 1 && EndsCvc(w, stem))
        {
            w[stem] = 'e';
            return stem + 1;
        }

        return stem;
    }

    private static int ReplaceIfMeasured(Span<char> w, int k, (string Suffix, string Replacement)[] rules)
    {
        foreach (var (suffix, replacement) in rules)
        {
            if (!EndsWith(w, k, suffix))
            {
                continue;
            }

            var stem = k - suffix.Length;
            if (Measure(w, stem) == 0)
            {
                return k;
            }

            replacement.AsSpan().CopyTo(w[stem..]);
            return stem + replacement.Length;
        }

        return k;
    }

    private static int Step4(Span<char> w, int k)
    {
        foreach (var suffix in Step4Suffixes)
        {
            if (!EndsWith(w, k, suffix))
            {
                continue;
            }

            var stem = k - suffix.Length;
            if (suffix == "ion" && (stem == 0 || w[stem - 1] is not ('s' or 't')))
            {
                continue;
            }

            return Measure(w, stem) > 1 ? stem : k;
        }

        return k;
    }

    private static int Step5(Span<char> w, int k)
    {
        if (w[k - 1] == 'e')
        {
            var m = Measure(w, k - 1);
            if (m > 1 || (m == 1 && !EndsCvc(w, k - 1)))
            {
                k--;
            }
        }

        if (k > 1 && w[k - 1] == 'l' && IsDoubleConsonant(w, k) && Measure(w, k) > 1)
        {
            k--;
        }

        return k;
    }

    private static bool EndsWith(ReadOnlySpan<char> w, int k, string suffix) => k >= suffix.Length && w[..k].EndsWith(suffix, StringComparison.Ordinal);

    private static bool IsConsonant(ReadOnlySpan<char> w, int i) => w[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(w, i - 1),
        _ => true,
    };

    /// <summary>The number of vowel-consonant sequences in <c>w[..k]</c> (Porter's m).</summary>
    private static int Measure(ReadOnlySpan<char> w, int k)
    {
        var i = 0;
        while (i < k && IsConsonant(w, i))
        {
            i++;
        }

        var m = 0;
        while (i < k)
        {
            while (i < k && !IsConsonant(w, i))
            {
                i++;
            }

            if (i >= k)
            {
                break;
            }

            while (i < k && IsConsonant(w, i))
            {
                i++;
            }

            m++;
        }

        return m;
    }

    private static bool HasVowel(ReadOnlySpan<char> w, int k)
    {
        for (var i = 0; i < k; i++)
        {
            if (!IsConsonant(w, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDoubleConsonant(ReadOnlySpan<char> w, int k) => k >= 2 && w[k - 1] == w[k - 2] && IsConsonant(w, k - 1);

    // Consonant-vowel-consonant at the end, the last not w, x or y: "hop", "fil" (then an e is restored).
    private static bool EndsCvc(ReadOnlySpan<char> w, int k) =>
        k >= 3 && IsConsonant(w, k - 3) && !IsConsonant(w, k - 2) && IsConsonant(w, k - 1) && w[k - 1] is not ('w' or 'x' or 'y');
}
