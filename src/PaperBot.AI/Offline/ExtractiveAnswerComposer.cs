using System.Text;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;
using PaperBot.Core.Text;

namespace PaperBot.AI.Offline;

/// <summary>
/// Answers a question with sentences quoted from the papers that answer it: each paper's best sentence (see
/// <see cref="AnswerSentences"/>), and when a number was asked for and the best sentence has none, the paper's best
/// sentence that has one. Each sentence is followed by the number of its source. Abstract text is only ever quoted,
/// never followed: there is no prompt here.
/// </summary>
internal static class ExtractiveAnswerComposer
{
    /// <summary>A paper counts as an answer when it has at least this share of the question's content words.</summary>
    public const double MinCoverage = 0.5;

    /// <summary>Other papers join the answer when they cover at least this share of what the best one covers.</summary>
    public const double SecondaryShare = 0.75;

    public const int MaxPapers = 3;

    public const int MaxSentences = 4;

    /// <summary>The papers (best first) that answer the question by its words; empty when none is about it.</summary>
    public static List<StoredPaper> Relevant(string question, IReadOnlyList<StoredPaper> papers)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(papers);
        var stems = TextWords.ContentStems(question);
        var coverage = papers.Select(p => (Paper: p, Share: Coverage(stems, p))).ToList();
        var best = coverage.Count == 0 ? 0 : coverage.Max(c => c.Share);

        // Papers far less on topic than the best one would only dilute the answer.
        return best < MinCoverage
            ? []
            : [.. coverage.Where(c => c.Share >= Math.Max(MinCoverage, SecondaryShare * best)).Select(c => c.Paper).Take(MaxPapers)];
    }

    /// <summary>The answer from scored sentences of <paramref name="paperCount"/> papers; <c>null</c> when no sentence scored.</summary>
    public static AssistantAnswer? Compose(QuestionShape shape, IReadOnlyList<ScoredSentence> sentences, int paperCount)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(sentences);
        var chosen = Choose(shape, sentences, paperCount);
        return chosen.Count == 0 ? null : Write(chosen);
    }

    /// <summary>Each paper's opening sentence: the answer to a follow-up with no content words ("and that one?").</summary>
    public static AssistantAnswer? Openings(IReadOnlyList<StoredPaper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var chosen = papers.Take(MaxPapers).Select((p, rank) => new ScoredSentence(p, rank, 0, Opening(p), 0, false)).ToList();
        return chosen.Count == 0 ? null : Write(chosen);
    }

    /// <summary>The share of <paramref name="stems"/> found in the paper's title and abstract.</summary>
    public static double Coverage(IReadOnlyList<string> stems, StoredPaper paper)
    {
        ArgumentNullException.ThrowIfNull(stems);
        ArgumentNullException.ThrowIfNull(paper);
        var words = TextWords.ContentStems(paper.Paper.Title + " " + paper.Paper.Abstract).ToHashSet(StringComparer.Ordinal);
        return stems.Count == 0 ? 0 : stems.Count(words.Contains) / (double)stems.Count;
    }

    private static string Opening(StoredPaper paper) => SnippetBuilder.SplitSentences(paper.Paper.Abstract) is { Count: > 0 } sentences ? sentences[0] : paper.Paper.Title;

    /// <summary>
    /// The best sentence of each paper (in rank order); for the first paper also its best sentence with a number when
    /// one was asked for; topped up to two sentences with the next best; in reading order.
    /// </summary>
    private static List<ScoredSentence> Choose(QuestionShape shape, IReadOnlyList<ScoredSentence> sentences, int paperCount)
    {
        var chosen = new List<ScoredSentence>();
        for (var rank = 0; rank < paperCount; rank++)
        {
            var ofPaper = sentences.Where(c => c.Rank == rank && c.Score > 0).OrderByDescending(c => c.Score).ThenBy(c => c.Position).ToList();
            if (ofPaper.Count == 0)
            {
                continue;
            }

            chosen.Add(ofPaper[0]);
            if (rank == 0 && shape.WantsNumber && !ofPaper[0].HasNumber && ofPaper.FirstOrDefault(c => c.HasNumber) is { } withNumber)
            {
                chosen.Add(withNumber);
            }
        }

        var extra = sentences.Where(c => c.Score > 0 && !chosen.Contains(c)).OrderByDescending(c => c.Score).ThenBy(c => c.Rank).ThenBy(c => c.Position);
        foreach (var candidate in extra)
        {
            if (chosen.Count >= 2)
            {
                break;
            }

            chosen.Add(candidate);
        }

        // One matching sentence alone reads as a fragment: the best paper's opening sentence gives it its context.
        if (chosen.Count == 1 && sentences.FirstOrDefault(c => c.Rank == 0 && !chosen.Contains(c)) is { } opening)
        {
            chosen.Add(opening);
        }

        return [.. chosen.OrderBy(c => c.Rank).ThenBy(c => c.Position).Take(MaxSentences)];
    }

    private static AssistantAnswer Write(List<ScoredSentence> chosen)
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
            text.Append("\n- “").Append(SnippetBuilder.Cut(candidate.Text, 400)).Append("” [").Append(number).Append(']');
        }

        return new AssistantAnswer(text.ToString(), citations, AnswerMode.Offline);
    }
}
