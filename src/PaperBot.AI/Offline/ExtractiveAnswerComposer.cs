using System.Text;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;
using PaperBot.Core.Text;

namespace PaperBot.AI.Offline;

/// <summary>
/// Answers a question with sentences quoted from the best-matching abstracts: the sentences that share the most
/// telling words with the question (words rare among the candidate sentences weigh more), 2 to 4 of them, each
/// followed by the number of its source. Abstract text is only ever quoted, never followed: there is no prompt here.
/// </summary>
internal static class ExtractiveAnswerComposer
{
    /// <summary>A paper counts as an answer when it has at least this share of the question's content words.</summary>
    public const double MinCoverage = 0.5;

    /// <summary>Other papers join the answer when they cover at least this share of what the best one covers.</summary>
    public const double SecondaryShare = 0.75;

    public const int MaxPapers = 3;

    public const int MaxSentences = 4;

    /// <summary>The answer, or <c>null</c> when none of <paramref name="papers"/> (best first) is about the question.</summary>
    public static AssistantAnswer? Compose(string question, IReadOnlyList<StoredPaper> papers)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(papers);
        var stems = TextWords.ContentStems(question);
        if (stems.Count == 0)
        {
            return null;
        }

        var coverage = papers.Select(p => (Paper: p, Share: Coverage(stems, p))).ToList();
        var best = coverage.Count == 0 ? 0 : coverage.Max(c => c.Share);
        if (best < MinCoverage)
        {
            return null;
        }

        // Papers far less on topic than the best one would only dilute the answer.
        var relevant = coverage.Where(c => c.Share >= Math.Max(MinCoverage, SecondaryShare * best)).Select(c => c.Paper).Take(MaxPapers).ToList();
        return Quote(stems, relevant);
    }

    /// <summary>
    /// A follow-up's answer about papers already chosen (the ones the member just saw): each paper's sentence that best
    /// answers <paramref name="question"/>, or its opening sentence when none shares a word with it. Never <c>null</c> for papers.
    /// </summary>
    public static AssistantAnswer? ComposeAbout(string question, IReadOnlyList<StoredPaper> papers)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(papers);
        var chosen = papers.Take(MaxPapers).ToList();
        var stems = TextWords.ContentStems(question);
        return (stems.Count > 0 ? Quote(stems, chosen) : null)
            ?? (chosen.Count == 0 ? null : Write([.. chosen.Select((p, rank) => new Candidate(p, rank, 0, Opening(p)))]));
    }

    private static string Opening(StoredPaper paper) => SnippetBuilder.SplitSentences(paper.Paper.Abstract) is { Count: > 0 } sentences ? sentences[0] : paper.Paper.Title;

    private static AssistantAnswer? Quote(List<string> stems, List<StoredPaper> relevant)
    {
        var candidates = relevant
            .SelectMany((paper, rank) => SnippetBuilder.SplitSentences(paper.Paper.Abstract).Select((sentence, position) => new Candidate(paper, rank, position, sentence)))
            .ToList();
        var weights = StemWeights(stems, candidates);
        foreach (var candidate in candidates)
        {
            candidate.Score = TextWords.ContentStems(candidate.Sentence).Sum(s => weights.GetValueOrDefault(s));
        }

        var chosen = Choose(candidates, relevant.Count);
        return chosen.Count == 0 ? null : Write(chosen);
    }

    /// <summary>The share of <paramref name="stems"/> found in the paper's title and abstract.</summary>
    public static double Coverage(IReadOnlyList<string> stems, StoredPaper paper)
    {
        var words = TextWords.ContentStems(paper.Paper.Title + " " + paper.Paper.Abstract).ToHashSet(StringComparer.Ordinal);
        return stems.Count == 0 ? 0 : stems.Count(words.Contains) / (double)stems.Count;
    }

    /// <summary>IDF of each question word over the candidate sentences: a word in every sentence tells nothing.</summary>
    private static Dictionary<string, double> StemWeights(List<string> stems, List<Candidate> candidates)
    {
        var sentenceStems = candidates.Select(c => TextWords.ContentStems(c.Sentence).ToHashSet(StringComparer.Ordinal)).ToList();
        return stems.ToDictionary(
            s => s,
            s => Math.Log(1 + candidates.Count / (1.0 + sentenceStems.Count(set => set.Contains(s)))),
            StringComparer.Ordinal);
    }

    /// <summary>The best sentence of each paper (in rank order), topped up to two sentences with the next best, in reading order.</summary>
    private static List<Candidate> Choose(List<Candidate> candidates, int paperCount)
    {
        var chosen = new List<Candidate>();
        for (var rank = 0; rank < paperCount; rank++)
        {
            var best = candidates.Where(c => c.Rank == rank && c.Score > 0).OrderByDescending(c => c.Score).ThenBy(c => c.Position).FirstOrDefault();
            if (best is not null)
            {
                chosen.Add(best);
            }
        }

        var extra = candidates.Where(c => c.Score > 0 && !chosen.Contains(c)).OrderByDescending(c => c.Score).ThenBy(c => c.Rank).ThenBy(c => c.Position);
        foreach (var candidate in extra)
        {
            if (chosen.Count >= 2)
            {
                break;
            }

            chosen.Add(candidate);
        }

        // One matching sentence alone reads as a fragment: the best paper's opening sentence gives it its context.
        if (chosen.Count == 1 && candidates.FirstOrDefault(c => c.Rank == 0 && !chosen.Contains(c)) is { } opening)
        {
            chosen.Add(opening);
        }

        return chosen.OrderBy(c => c.Rank).ThenBy(c => c.Position).Take(MaxSentences).ToList();
    }

    private static AssistantAnswer Write(List<Candidate> chosen)
    {
        var citations = new List<Citation>();
        var text = new StringBuilder(OfflineText.AnswerLabel);
        foreach (var candidate in chosen)
        {
            var number = citations.FindIndex(c => c.Id == candidate.Paper.Id) + 1;
            if (number == 0)
            {
                citations.Add(OfflineText.Cite(candidate.Paper));
                number = citations.Count;
            }

            // Quoted, so the reader (and any model reading the answer later) sees paper text as paper text.
            text.Append("\n- “").Append(SnippetBuilder.Cut(candidate.Sentence, 400)).Append("” [").Append(number).Append(']');
        }
        return new AssistantAnswer(text.ToString(), citations, AnswerMode.Offline);
    }

    private sealed class Candidate(StoredPaper paper, int rank, int position, string sentence)
    {
        public StoredPaper Paper { get; } = paper;
        public int Rank { get; } = rank;
        public int Position { get; } = position;
        public string Sentence { get; } = sentence;
        public double Score { get; set; }
    }
}
