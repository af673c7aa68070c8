using PaperBot.Core.Papers;
using PaperBot.Core.Text;

namespace PaperBot.AI.Offline;

/// <summary>
/// How close each paper comes to a question in one sentence: its title or one of its abstract's likeliest sentences,
/// whichever is closest in meaning. A paper that answers a broad question says so somewhere ("we cut the cost of RL
/// post-training"); a paper only on the subject is close as a whole but has no sentence that says the aim, so the best
/// sentence tells them apart better than the whole abstract does.
/// </summary>
internal static class ClosestSentence
{
    /// <summary>
    /// Sentences of an abstract weighed besides the title: its likeliest two by the question's words. A sentence new to
    /// the cache costs one model run (as much as a search), so a paper costs three at most; the sentence that says the aim
    /// nearly always shares the question's words (on eval/overviews.tsv, two per paper chose
    /// as well as all of them).
    /// </summary>
    public const int SentencesWeighed = 2;

    /// <summary>Each paper's best cosine, by id; <c>null</c> when closeness in meaning is unknown (no model).</summary>
    public static async Task<IReadOnlyDictionary<long, double>?> OfAsync(
        IMeaningSimilarity meaning, string question, IReadOnlyList<StoredPaper> papers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meaning);
        ArgumentNullException.ThrowIfNull(papers);
        if (papers.Count == 0)
        {
            return new Dictionary<long, double>();
        }

        // One call for every weighed sentence of every paper: the model embeds what its cache lacks in one go.
        var questionStems = TextWords.ContentStems(question).ToHashSet(StringComparer.Ordinal);
        var owners = new List<long>();
        var sentences = new List<string>();
        foreach (var paper in papers)
        {
            foreach (var sentence in Likeliest(paper, questionStems).Prepend(paper.Paper.Title).Where(s => s.Length > 0))
            {
                owners.Add(paper.Id);
                sentences.Add(sentence);
            }
        }

        var cosines = await meaning.ToPassagesAsync(question, sentences, cancellationToken).ConfigureAwait(false);
        if (cosines is null || cosines.Count != sentences.Count)
        {
            return null;
        }

        var best = new Dictionary<long, double>();
        for (var i = 0; i < owners.Count; i++)
        {
            best[owners[i]] = Math.Max(best.GetValueOrDefault(owners[i], double.MinValue), cosines[i]);
        }

        return best;
    }

    /// <summary>The abstract's sentences sharing most of the question's words (aim words too), first ones on a tie.</summary>
    private static IEnumerable<string> Likeliest(StoredPaper paper, HashSet<string> questionStems) =>
        SnippetBuilder.SplitSentences(paper.Paper.Abstract)
            .Select((text, position) => (Text: text, Position: position, Shared: TextWords.ContentStems(text).Distinct(StringComparer.Ordinal).Count(questionStems.Contains)))
            .OrderByDescending(s => s.Shared)
            .ThenBy(s => s.Position)
            .Take(SentencesWeighed)
            .Select(s => s.Text);
}
