using PaperBot.Core.Corpus;

namespace PaperBot.Benchmarks.Generation;

/// <summary>
/// The words of the synthetic corpus: the real corpus's words ranked by frequency, then made-up words up to
/// <see cref="Count"/> so that rare terms exist; word pairs seen in real abstracts and titles, so that phrases
/// ("large language models") occur as they do in real text; Zipf weights over the ranks.
/// </summary>
internal sealed class Vocabulary
{
    /// <summary>Words from this rank on are content words (the top ranks are "the", "of", "and" ...): titles skip them.</summary>
    public const int TitleSkip = 25;

    private const double ZipfExponent = 1.0;
    private static readonly string[] Consonants = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u"];

    private Vocabulary(List<string> words, int realCount, int[][] successors, int[][] titleSuccessors)
    {
        Words = words;
        RealCount = realCount;
        Successors = successors;
        TitleSuccessors = titleSuccessors;
        Text = new AliasTable(AliasTable.ZipfWeights(words.Count, ZipfExponent));
        TitleText = new AliasTable(AliasTable.ZipfWeights(words.Count - TitleSkip, ZipfExponent));
    }

    /// <summary>Words by rank, most frequent first: <see cref="RealCount"/> real words, then synthetic ones.</summary>
    public IReadOnlyList<string> Words { get; }

    public int Count => Words.Count;

    public int RealCount { get; }

    /// <summary>For each real word, the words that followed it in real abstracts (repeated as often as seen).</summary>
    public int[][] Successors { get; }

    /// <summary>For each real word, the words that followed it in real titles.</summary>
    public int[][] TitleSuccessors { get; }

    /// <summary>Zipf over all ranks.</summary>
    public AliasTable Text { get; }

    /// <summary>Zipf over ranks from <see cref="TitleSkip"/> on (add <see cref="TitleSkip"/> to a draw).</summary>
    public AliasTable TitleText { get; }

    public static async Task<Vocabulary> LoadAsync(IReadOnlyList<string> corpusFiles, int size, ulong seed, CancellationToken cancellationToken)
    {
        var reader = new CorpusFileReader(new CorpusReaderOptions(), TimeProvider.System);
        var titles = new List<List<string>>();
        var abstracts = new List<List<string>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in corpusFiles)
        {
            await using var stream = File.OpenRead(file);
            await foreach (var parsed in reader.ReadAsync(stream, file, cancellationToken))
            {
                if (seen.Add(parsed.Paper.Title))
                {
                    titles.AddRange(Tokenizer.Sentences(parsed.Paper.Title));
                    abstracts.AddRange(Tokenizer.Sentences(parsed.Paper.Abstract));
                }
            }
        }

        if (abstracts.Count == 0)
        {
            throw new InvalidOperationException("The real corpus has no papers: check --corpus DIR.");
        }

        var (words, ids) = RankWords(titles.Concat(abstracts));
        var realCount = words.Count;
        AddSyntheticWords(words, size, seed);
        return new Vocabulary(words, realCount, Pairs(abstracts, ids, words.Count), Pairs(titles, ids, words.Count));
    }

    /// <summary>Real words by frequency (case folded; spelled lower-case when the text ever did, else as most often seen).</summary>
    private static (List<string> Words, Dictionary<string, int> Ids) RankWords(IEnumerable<List<string>> sentences)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var forms = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var word in sentences.SelectMany(s => s))
        {
            var key = word.ToLowerInvariant();
            counts[key] = counts.GetValueOrDefault(key) + 1;
            var spellings = forms.TryGetValue(key, out var found) ? found : forms[key] = new Dictionary<string, int>(StringComparer.Ordinal);
            spellings[word] = spellings.GetValueOrDefault(word) + 1;
        }

        var keys = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToList();
        var words = keys
            .Select(k => forms[k].ContainsKey(k) ? k : forms[k].OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key)
            .ToList();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            ids[keys[i]] = i;
        }

        return (words, ids);
    }

    /// <summary>Pronounceable made-up words ("kavoru"), two to four syllables, none a real word.</summary>
    private static void AddSyntheticWords(List<string> words, int size, ulong seed)
    {
        var taken = new HashSet<string>(words.Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);
        var rng = new Rng(Rng.Seed(seed, -1, 0));
        while (words.Count < size)
        {
            var syllables = rng.Between(2, 4);
            var word = string.Concat(Enumerable.Range(0, syllables).Select(_ => Consonants[rng.Next(Consonants.Length)] + Vowels[rng.Next(Vowels.Length)]));
            if (taken.Add(word))
            {
                words.Add(word);
            }
        }
    }

    private static int[][] Pairs(List<List<string>> sentences, Dictionary<string, int> ids, int count)
    {
        var next = new List<int>?[count];
        foreach (var sentence in sentences)
        {
            for (var i = 0; i + 1 < sentence.Count; i++)
            {
                var from = ids[sentence[i].ToLowerInvariant()];
                (next[from] ??= []).Add(ids[sentence[i + 1].ToLowerInvariant()]);
            }
        }

        return next.Select(n => n?.ToArray() ?? []).ToArray();
    }
}
