using PaperBot.Core.Papers;
using System.Text.RegularExpressions;
using PaperBot.Core.Text;

namespace PaperBot.AI.Offline;

/// <summary>
/// The words that say what a broad question is about, and whether a paper holds most of them. The aim ("cheaper",
/// "faster", "efficient") is left out: it is in every abstract of a broad answer and in none, so it tells nothing.
/// </summary>
internal static partial class SubjectWords
{
    /// <summary>
    /// What a question wants more or less of, rather than what it is about: cost, speed, size, and the qualities kept or
    /// won ("without losing accuracy", "more stably", "more effectively").
    /// </summary>
    private static readonly HashSet<string> AimStems = new(
        ["low", "lower", "high", "higher", "accuraci", "perform", "qualiti", "stabl", "stabli", "effect", "effici", "faster", "fast", "cheaper", "cheap", "cost", "less", "more", "better", "speed", "improv", "reduc", "make", "mani", "littl", "larg", "small", "smaller", "much", "without", "lose", "limit", "work", "good", "best"],
        StringComparer.Ordinal);


    /// <summary>
    /// The stems of the subject's content words, aim words aside, in parts: words listed as alternatives share a part: "data poisoning and backdoor attacks" is
    /// data, poisoning-or-backdoor, attacks; "CT or MRI scans" is CT-or-MRI, scans. A paper on backdoors alone holds the
    /// part as well as one on both, where counting words asked it for every alternative of the list.
    /// </summary>
    public static List<IReadOnlyList<string>> Of(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var parts = new List<List<string>>();
        var joins = false;
        foreach (var token in ListTokens().Matches(topic.ToLowerInvariant()).Select(m => m.Value))
        {
            if (token is "," or "or" or "and" or "/")
            {
                joins = parts.Count > 0;
                continue;
            }

            if (TextWords.IsStopWord(token) || token.Length < 2 || token.All(char.IsAsciiDigit))
            {
                continue;
            }

            var stem = TextWords.Stem(token);
            if (AimStems.Contains(stem) || parts.Any(p => p.Contains(stem)))
            {
                joins = false;
                continue;
            }

            if (joins)
            {
                parts[^1].Add(stem);
            }
            else
            {
                parts.Add([stem]);
            }

            joins = false;
        }

        return [.. parts];
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+|[,/]")]
    private static partial Regex ListTokens();

    /// <summary>The subject's stems that name something: its words less the aim and the words every abstract uses ("model", "training").</summary>
    public static List<string> Telling(string topic) =>
        [.. TextWords.Words(topic).Where(w => !TextWords.IsGeneric(w)).Select(TextWords.Stem).Where(s => !AimStems.Contains(s)).Distinct(StringComparer.Ordinal)];

    /// <summary>Whether <paramref name="words"/> (a paper's stems, <see cref="StemsOf"/>) hold any of <paramref name="stems"/>.</summary>
    public static bool HoldsAny(IReadOnlyList<string> stems, IReadOnlySet<string> words)
    {
        ArgumentNullException.ThrowIfNull(stems);
        ArgumentNullException.ThrowIfNull(words);
        return stems.Any(stem => Held(stem, words));
    }

    /// <summary>
    /// Whether the paper holds more than half of the subject's parts (<see cref="Of"/>; any word of a part holds it): a
    /// paper lacking half is about a neighbouring subject ("language model inference" for "reinforcement learning for
    /// language models"), while one word said otherwise ("linear attention" for "attention that scales linearly") still
    /// lets a paper on the subject in. The 70% share asked before sent such questions to a plain answer; at more than
    /// half, every question of eval/overviews.tsv and eval/overviews-heldout.tsv gets an overview, at the same precision.
    /// Counting a list's alternatives as one part raised recall on the held-out sets (heldout4-6: 0.384 / 0.387 / 0.311
    /// -> 0.393 / 0.419 / 0.344) at the same or better precision.
    /// </summary>
    public static bool HoldsMost(IReadOnlyList<IReadOnlyList<string>> subject, StoredPaper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return SaysMost(subject, paper.Paper.Title + " " + paper.Paper.Abstract);
    }

    /// <summary>Whether <paramref name="text"/> holds more than half of the subject's parts.</summary>
    public static bool SaysMost(IReadOnlyList<IReadOnlyList<string>> subject, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return HoldsMost(subject, TextWords.ContentStems(text).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Whether <paramref name="words"/> (a text's stems) hold more than half of the subject's parts.</summary>
    public static bool HoldsMost(IReadOnlyList<IReadOnlyList<string>> subject, IReadOnlySet<string> words)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(words);
        return subject.Count > 0 && subject.Count(part => part.Any(stem => Held(stem, words))) * 2 > subject.Count;
    }

    /// <summary>
    /// The stem, or for an adverb its adjective: Porter leaves "-ly" as "-li" ("linearly" is "linearli", "stably"
    /// "stabli"), so the adverb would never meet the adjective ("linear", "stable") that abstracts use.
    /// </summary>
    public static bool Held(string stem, IReadOnlySet<string> words)
    {
        ArgumentNullException.ThrowIfNull(stem);
        ArgumentNullException.ThrowIfNull(words);
        if (words.Contains(stem))
        {
            return true;
        }

        if (!stem.EndsWith("li", StringComparison.Ordinal) || stem.Length < 6)
        {
            return false;
        }

        var adjective = stem[..^2];
        return words.Any(w => w.StartsWith(adjective, StringComparison.Ordinal) && w.Length <= stem.Length);
    }

    /// <summary>
    /// Whether the paper names the phrase: its content words' stems in a row, in the title or the abstract ("sparse
    /// training" in "... sparse training of DNNs"), not merely both words somewhere.
    /// </summary>
    public static bool Names(IReadOnlyList<string> phrase, StoredPaper paper) => Names(phrase, StemsOf(paper));

    /// <summary>The stems of a paper's title and abstract in order, for <see cref="Names(IReadOnlyList{string}, IReadOnlyList{string})"/> with several phrases.</summary>
    public static List<string> StemsOf(StoredPaper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return TextWords.ContentStemSequence(paper.Paper.Title + " . " + paper.Paper.Abstract);
    }

    /// <summary>Whether <paramref name="stems"/> (<see cref="StemsOf"/>) hold the phrase's stems in a row.</summary>
    public static bool Names(IReadOnlyList<string> phrase, IReadOnlyList<string> stems)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        ArgumentNullException.ThrowIfNull(stems);
        if (phrase.Count == 0)
        {
            return false;
        }

        for (var start = 0; start + phrase.Count <= stems.Count; start++)
        {
            if (phrase.Select((stem, i) => stems[start + i] == stem).All(same => same))
            {
                return true;
            }
        }

        return false;
    }
}
