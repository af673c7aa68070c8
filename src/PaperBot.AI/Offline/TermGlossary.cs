using System.Reflection;
using PaperBot.Core.Text;

namespace PaperBot.AI.Offline;

/// <summary>
/// The field's own terms for everyday phrasings ("a handful of examples" is "few-shot" or "in-context learning"; "keep
/// the data private" is "differential privacy"). Members ask in their words, abstracts are written in the field's, and
/// the local embedding model is too small to bridge the two: a question in everyday words finds papers that share its
/// common words ("language model", "task") instead of the ones about it. The glossary names the terms to search for too.
/// A phrasing matches by the stems of its content words in a row, stop words aside: "handful of examples" meets "just a
/// handful of example", not "a handful of papers with examples", so a match is about the phrase, not its words. A phrasing
/// of fewer content words ("makes things up", "say I do not know") matches word for word, stop words included, when it
/// has three words or more.
/// </summary>
internal sealed class TermGlossary
{
    /// <summary>The glossary built into PaperBot (<c>Glossary/glossary.tsv</c>).</summary>
    public static TermGlossary Bundled { get; } = Load();

    /// <summary>A glossary that knows no phrasing: questions are searched as asked.</summary>
    public static TermGlossary None { get; } = new([]);

    /// <summary>Content words a phrasing needs (stop words aside) to match by them.</summary>
    public const int MinWords = 2;

    /// <summary>
    /// Words (articles aside) a phrasing of fewer than <see cref="MinWords"/> content words needs to match, word for word,
    /// stop words included.
    /// </summary>
    public const int WordForWordWords = 3;

    private readonly List<(string[] Phrase, string[] Terms, bool WordForWord)> _entries;

    /// <summary>Reads entries of the form <c>phrasing|phrasing TAB term|term</c>; <c>#</c> lines and blank lines are skipped.</summary>
    /// <exception cref="FormatException">A line is not two non-empty, tab-separated sides (names the line).</exception>
    public TermGlossary(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        _entries = [];
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var sides = line.Split('\t');
            var terms = sides.Length == 2 ? Split(sides[1]) : [];
            var phrases = sides.Length == 2 ? Split(sides[0]) : [];
            if (terms.Length == 0 || phrases.Length == 0)
            {
                throw new FormatException($"Glossary line {number} is not 'phrasing|phrasing<TAB>term|term': fix or remove it.");
            }

            foreach (var phrase in phrases)
            {
                var stems = Stems(phrase);
                if (stems.Length >= MinWords)
                {
                    _entries.Add((stems, terms, false));
                    continue;
                }

                // One content word alone ("the model" of "does the model know") is as often the field's own word ("model",
                // "image", "code") as an everyday one: it would add its terms to every question that says it. Said with
                // enough words around it ("makes things up", "say I do not know"), the phrasing is specific word for word;
                // with two ("one GPU", "less computation") it still fired on questions about something else (the dev set
                // of broad questions fell from 0.813 to 0.771 at two words; unchanged at three). Articles do not count:
                // "the model" is any question about a model.
                var words = TextWords.Words(phrase);
                if (words.Count(w => w is not ("an" or "the")) >= WordForWordWords)
                {
                    _entries.Add(([.. words.Select(TextWords.Stem)], terms, true));
                }
            }
        }

        // The longest phrasing first, so "keep data private" wins over a shorter phrasing inside it (the sort is stable).
        // Phrasings matched word for word are weighed against each other only: they mark words of the whole text, the
        // others words of its content, so one of each can match the same words and both add their terms.
        _entries = [.. _entries.OrderByDescending(e => e.Phrase.Length)];
    }

    /// <summary>How many phrasings the glossary knows.</summary>
    public int Count => _entries.Count;

    /// <summary>The field's terms for the phrasings <paramref name="text"/> uses, each once; none when it uses none.</summary>
    public IReadOnlyList<string> TermsFor(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var contentWords = Stems(text);
        var allWords = TextWords.Words(text).Select(TextWords.Stem).ToArray();
        var contentUsed = new bool[contentWords.Length];
        var allUsed = new bool[allWords.Length];
        var terms = new List<string>();
        foreach (var (phrase, entryTerms, wordForWord) in _entries)
        {
            var (words, used) = wordForWord ? (allWords, allUsed) : (contentWords, contentUsed);
            for (var start = 0; start + phrase.Length <= words.Length; start++)
            {
                if (words.AsSpan(start, phrase.Length).SequenceEqual(phrase) && !used.AsSpan(start, phrase.Length).Contains(true))
                {
                    used.AsSpan(start, phrase.Length).Fill(true);
                    terms.AddRange(entryTerms.Where(t => !terms.Contains(t, StringComparer.Ordinal)));
                    break;
                }
            }
        }

        return terms;
    }

    /// <summary>The stems of the content words, in order, repeats kept: a phrasing is a sequence.</summary>
    private static string[] Stems(string text) => [.. TextWords.ContentStemSequence(text)];

    private static string[] Split(string side) =>
        [.. side.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static TermGlossary Load()
    {
        const string name = "PaperBot.AI.Offline.Glossary.glossary.tsv";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The build left out the glossary resource {name}.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return new TermGlossary(lines);
    }
}
