using System.Text.RegularExpressions;
using PaperBot.Core.Papers;
using PaperBot.Core.Text;

namespace PaperBot.AI.Offline;

/// <summary>
/// Scores every sentence of the answering papers' abstracts for a question: by meaning (the embedding model's cosine,
/// when it is available) and by the question's telling words (words rare among the sentences weigh more), with a lift
/// for the sentence that has what the question asks for: a number for "how much faster", a name for "which dataset".
/// </summary>
internal sealed partial class AnswerSentences(IMeaningSimilarity meaning)
{
    /// <summary>Meaning's share of a sentence's score when the model is there; words carry the rest.</summary>
    private const double MeaningWeight = 0.6;

    /// <summary>The most sentences embedded for one answer: a long abstract's likeliest ten by words.</summary>
    private const int MaxWeighed = 10;

    /// <summary>The lift of a sentence holding the kind of thing asked for: enough to win among close sentences, not against an off-topic one.</summary>
    private const double AskedForLift = 0.25;

    public async Task<List<ScoredSentence>> ScoreAsync(string question, QuestionShape shape, IReadOnlyList<StoredPaper> papers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(papers);
        var sentences = papers
            .SelectMany((paper, rank) => SnippetBuilder.SplitSentences(paper.Paper.Abstract).Select((text, position) => (Paper: paper, Rank: rank, Position: position, Text: text)))
            .ToList();
        if (sentences.Count == 0)
        {
            return [];
        }

        var words = WordScores(question, sentences.Select(s => s.Text).ToList());

        // Meaning is weighed for the best paper's sentences only (its likeliest ones when it has many): embedding a
        // sentence costs about as much as a search, and the other papers add one sentence each, chosen well by words.
        var weighed = sentences.Select((s, i) => (s.Rank, Index: i)).Where(s => s.Rank == 0)
            .OrderByDescending(s => words[s.Index]).Take(MaxWeighed).Select(s => s.Index).Order().ToList();
        var cosines = weighed.Count == 0 ? null : await meaning.ToPassagesAsync(question, [.. weighed.Select(i => sentences[i].Text)], cancellationToken).ConfigureAwait(false);
        var meanings = words.ToArray();
        if (cosines is not null)
        {
            var spread = Spread(cosines);
            for (var j = 0; j < weighed.Count; j++)
            {
                meanings[weighed[j]] = spread[j];
            }
        }

        var questionWords = TextWords.Words(question).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. sentences.Select((s, i) =>
        {
            var hasNumber = QuestionShape.HasNumber(s.Text);
            var score = cosines is null ? words[i] : (MeaningWeight * meanings[i]) + ((1 - MeaningWeight) * words[i]);
            if ((shape.WantsNumber && hasNumber) || (shape.WantsName && HasNewName(s.Text, questionWords)))
            {
                score += AskedForLift;
            }

            return new ScoredSentence(s.Paper, s.Rank, s.Position, s.Text, score, hasNumber);
        })];
    }

    /// <summary>The share of the question's word weight each sentence holds (IDF over the sentences: a word in every sentence tells nothing).</summary>
    private static double[] WordScores(string question, List<string> sentences)
    {
        var stems = TextWords.ContentStems(question).Distinct(StringComparer.Ordinal).ToList();
        var sentenceStems = sentences.Select(s => TextWords.ContentStems(s).ToHashSet(StringComparer.Ordinal)).ToList();
        var weights = stems.ToDictionary(s => s, s => Math.Log(1 + (sentences.Count / (1.0 + sentenceStems.Count(set => set.Contains(s))))), StringComparer.Ordinal);
        var total = weights.Values.Sum();
        return [.. sentenceStems.Select(set => total <= 0 ? 0 : stems.Where(set.Contains).Sum(s => weights[s]) / total)];
    }

    /// <summary>Cosines stretched to 0..1 over the candidates: the model's raw range is narrow and shifts between questions.</summary>
    private static double[] Spread(IReadOnlyList<double> cosines)
    {
        var low = cosines.Min();
        var range = cosines.Max() - low;
        return [.. cosines.Select(c => range <= 1e-9 ? 0 : (c - low) / range)];
    }

    /// <summary>Whether the sentence names something the question does not: an acronym, a CamelCase or hyphenated name, a capitalized word past the start.</summary>
    private static bool HasNewName(string sentence, HashSet<string> questionWords) =>
        Name().Matches(sentence).Any(m => m.Index > 0 && !questionWords.Contains(m.Value));

    [GeneratedRegex(@"\b(?:[A-Z][a-z0-9]*[A-Z][\w-]*|[A-Z]{2,}[\w-]*|[A-Z][a-z]+-[\w-]+|[A-Z][a-z]{2,})\b")]
    private static partial Regex Name();
}
