using System.Globalization;
using System.Text;

namespace PaperBot.Benchmarks.Generation;

/// <summary>
/// Writes synthetic Hugging Face papers page dumps in exactly the layout of <c>corpus/*.txt</c>. Every part of
/// paper <c>i</c> comes from its own seeded stream, so any paper can be rebuilt alone (a duplicate reuses an
/// earlier title; the query set names real papers) and files can be written in parallel.
/// </summary>
internal sealed class PaperTextGenerator(Vocabulary vocabulary, ulong seed)
{
    /// <summary>The year of the pages: every file prints <c>PageYear - 1</c> once, so PaperBot infers this year.</summary>
    public const int PageYear = 2025;

    /// <summary>One paper in 50 repeats an earlier paper's exact title, to exercise the merge path.</summary>
    public const int DuplicateOneIn = 50;

    private const int FirstPossibleDuplicate = 1_000;
    private const int DuplicateReach = 50_000;
    private const double FollowPair = 0.55;
    private const int MaxTitleLength = 140;
    private const int MinAbstractLength = 1_000;
    private const int MaxAbstractLength = 1_880;
    private const int NameSpace = 70 * 70 * 70 * 70;

    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    private static readonly string[] Organizations = ["openbmb OpenBMB", "Gensyn Gensyn", "RLinf RLinf", "inclusionAI inclusionAI", "nvidia NVIDIA", "Qwen Qwen", "deepseek-ai DeepSeek", "google Google"];
    private static readonly HashSet<string> LowerInTitles = new(StringComparer.Ordinal) { "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "via", "with" };

    public bool IsDuplicate(long index) =>
        index >= FirstPossibleDuplicate && Rng.Seed(seed, index, 9) % DuplicateOneIn == 0;

    /// <summary>The earlier, original paper whose title duplicate <paramref name="index"/> repeats.</summary>
    public long OriginalOf(long index)
    {
        var back = 1 + (long)(Rng.Seed(seed, index, 10) % (ulong)Math.Min(index, DuplicateReach));
        var original = index - back;
        while (IsDuplicate(original))
        {
            original--;
        }

        return original;
    }

    /// <summary>A made-up name unique to the paper ("Kavorumix"): four syllables and an x, which no vocabulary word has.</summary>
    public static string Name(long index)
    {
        // A multiplier near 0.618 of the name space and prime to 2, 5 and 7: a bijection that scatters neighbours.
        var code = (index * 14_839_337 + 104_729) % NameSpace;
        var name = new StringBuilder(9);
        for (var i = 0; i < 4; i++)
        {
            var syllable = (int)(code % 70);
            code /= 70;
            name.Append("bdfgklmnprstvz"[syllable / 5]).Append("aeiou"[syllable % 5]);
        }

        name[0] = char.ToUpperInvariant(name[0]);
        return name.Append('x').ToString();
    }

    public string Title(long index)
    {
        if (IsDuplicate(index))
        {
            return Title(OriginalOf(index));
        }

        var rng = new Rng(Rng.Seed(seed, index, 1));
        var words = new List<string>();
        var previous = -1;
        var count = rng.Between(7, 14);
        for (var i = 0; i < count; i++)
        {
            previous = NextWord(ref rng, previous, vocabulary.TitleSuccessors, title: true);
            var word = vocabulary.Words[previous];
            words.Add(i > 0 && LowerInTitles.Contains(word) ? word : Capitalize(word));
        }

        var name = Name(index);
        var prefixed = rng.Chance(0.5);
        while (words.Count > 6 && words.Sum(w => w.Length + 1) + name.Length + 3 > MaxTitleLength)
        {
            words.RemoveAt(words.Count - 1);
        }

        var text = string.Join(' ', words);
        return prefixed ? $"{name}: {text}" : $"{text} ({name})";
    }

    /// <summary>Paper <paramref name="index"/>'s abstract on one line, as its page-dump entry has it.</summary>
    public string Abstract(long index)
    {
        var text = new StringBuilder(2_048);
        AppendAbstract(text, index);
        return text.ToString();
    }

    /// <summary>One entry: title, abstract and, for most, the metadata block; then a blank line.</summary>
    public void AppendEntry(StringBuilder text, long index, bool firstInFile)
    {
        text.Append(Title(index)).Append("\n\n");
        AppendAbstract(text, index);
        text.Append("\n\n");
        AppendMetadata(text, index, firstInFile);
    }

    public static void AppendHeader(StringBuilder text, int file) =>
        text.Append("new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\n")
            .Append(PageDate(file)).Append("\n\n");

    /// <summary>The page date of file <paramref name="file"/> ("Mar 8"), in <see cref="PageYear"/>.</summary>
    public static string PageDate(int file) =>
        string.Create(CultureInfo.InvariantCulture, $"{MonthNames[file % 11]} {1 + (file * 7 % 28)}");

    private void AppendAbstract(StringBuilder text, long index)
    {
        var rng = new Rng(Rng.Seed(seed, index, 2));
        var start = text.Length;
        var target = rng.Between(165, 290);
        var previous = -1;
        var written = 0;
        while (written < target || text.Length - start < MinAbstractLength)
        {
            var sentence = rng.Between(10, 32);
            for (var i = 0; i < sentence && text.Length - start < MaxAbstractLength; i++, written++)
            {
                previous = NextWord(ref rng, i == 0 ? -1 : previous, vocabulary.Successors, title: false);
                var word = vocabulary.Words[previous];
                text.Append(i == 0 ? Capitalize(word) : word);
                text.Append(i + 1 < sentence && rng.Chance(0.04) ? ", " : " ");
            }

            text.Length--;
            text.Append(". ");
            if (text.Length - start >= MaxAbstractLength)
            {
                break;
            }
        }

        text.Length--;
    }

    private void AppendMetadata(StringBuilder text, long index, bool firstInFile)
    {
        var rng = new Rng(Rng.Seed(seed, index, 3));
        if (!firstInFile && !rng.Chance(0.85))
        {
            return;
        }

        if (firstInFile || rng.Chance(0.92))
        {
            var authors = (int)Math.Exp(rng.NextDouble() * Math.Log(25));
            text.Append("  • ").Append(authors).Append(authors == 1 ? " author\n" : " authors\n");
        }
        else
        {
            text.Append(Organizations[rng.Next(Organizations.Length)]).Append('\n');
        }

        text.Append("·\n").Append(MonthNames[rng.Next(12)]).Append(' ').Append(rng.Between(1, 28));
        if (firstInFile || rng.Chance(0.45))
        {
            text.Append(", ").Append(firstInFile ? PageYear - 1 : rng.Between(2019, PageYear - 1));
        }

        if (rng.Chance(0.6))
        {
            text.Append(' ').Append((int)Math.Exp(rng.NextDouble() * Math.Log(400)));
        }

        text.Append("\n\n");
    }

    /// <summary>A real word pair's second word (phrases as in real text) or a Zipf draw (which reaches the rare made-up words).</summary>
    private int NextWord(ref Rng rng, int previous, int[][] pairs, bool title)
    {
        if (previous >= 0 && previous < vocabulary.RealCount && pairs[previous].Length > 0 && rng.Chance(FollowPair))
        {
            var next = pairs[previous][rng.Next(pairs[previous].Length)];
            if (!title || next >= Vocabulary.TitleSkip || LowerInTitles.Contains(vocabulary.Words[next]))
            {
                return next;
            }
        }

        return title ? Vocabulary.TitleSkip + vocabulary.TitleText.Sample(ref rng) : vocabulary.Text.Sample(ref rng);
    }

    private static string Capitalize(string word) =>
        char.IsAsciiLetterLower(word[0]) ? string.Concat(char.ToUpperInvariant(word[0]).ToString(), word.AsSpan(1)) : word;
}
