using System.Text;
using System.Text.RegularExpressions;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;
using PaperBot.Core.Summaries;
using PaperBot.Core.Text;

namespace PaperBot.AI.Offline;

/// <summary>
/// Summaries made of the abstract's own sentences, labelled offline. TL;DR: the one or two sentences most central to
/// the abstract. Detailed: a problem, a method and a results sentence, found by their usual wording. Newcomer: the
/// plainest central sentences, and the key terms to look up. Card: problem, method, results and limitations, each its
/// own sentence, and a part no sentence states is said to be missing rather than filled in.
/// </summary>
internal sealed partial class ExtractiveSummarizer(IPaperStore store) : ISummarizer
{
    /// <summary>A TL;DR sentence shorter than this gets its runner-up beside it.</summary>
    private const int ShortSentence = 120;

    private const string NoneStated = "the abstract states none.";

    public async Task<PaperSummary?> SummarizeAsync(long paperId, SummaryStyle style, CancellationToken cancellationToken)
    {
        var paper = await store.GetAsync(paperId, cancellationToken).ConfigureAwait(false);
        if (paper is null)
        {
            return null;
        }

        var sentences = SnippetBuilder.SplitSentences(paper.Paper.Abstract);
        var body = sentences.Count == 0
            ? "The paper has no abstract to summarize."
            : style switch
            {
                SummaryStyle.Detailed => Detailed(sentences, paper.Paper.Title),
                SummaryStyle.Newcomer => Newcomer(sentences, paper.Paper.Title),
                SummaryStyle.Card => Card(sentences, paper.Paper.Title),
                _ => TlDr(sentences, paper.Paper.Title),
            };
        var text = $"{OfflineText.SummaryLabel}\n{body}";
        return new PaperSummary(paper.Id, paper.Paper.Title, style, text, AnswerMode.Offline);
    }

    private static string TlDr(IReadOnlyList<string> sentences, string title)
    {
        var ranked = Rank(sentences, title);
        var picked = new List<int> { ranked[0] };
        if (sentences[ranked[0]].Length < ShortSentence && ranked.Count > 1)
        {
            picked.Add(ranked[1]);
        }

        return string.Join(' ', picked.Order().Select(i => sentences[i]));
    }

    private static string Detailed(IReadOnlyList<string> sentences, string title)
    {
        var used = new HashSet<int>();
        var problem = SummaryCues.FirstMatching(sentences, SummaryCues.Problem(), used, fallback: 0);
        var method = SummaryCues.FirstMatching(sentences, SummaryCues.Method(), used, fallback: Rank(sentences, title).FirstOrDefault(i => !used.Contains(i), -1));
        var results = SummaryCues.LastMatching(sentences, SummaryCues.Results(), used, fallback: sentences.Count - 1);
        var text = new StringBuilder();
        Append(text, "Problem", sentences, problem);
        Append(text, "Method", sentences, method);
        Append(text, "Results", sentences, results);
        return text.ToString().TrimEnd();
    }

    private static string Card(IReadOnlyList<string> sentences, string title)
    {
        // The method first, since it splits the abstract: a shortcoming named before it is earlier work's (the
        // problem), one named after it is the paper's own (a limitation).
        var used = new HashSet<int>();
        var method = SummaryCues.FirstMatching(sentences, SummaryCues.Method(), used, fallback: Rank(sentences, title)[0]);
        var before = Enumerable.Range(0, method);
        var after = Enumerable.Range(method + 1, sentences.Count - method - 1);
        // An opening that comes before the method sets out what it is for, even without a problem word.
        var problem = SummaryCues.Pick(before, sentences, SummaryCues.Problem(), used, fallback: method > 0 ? 0 : -1);
        var results = SummaryCues.LastMatching(sentences, SummaryCues.Measured(), used) is var measured and >= 0
            ? measured
            : SummaryCues.LastMatching(sentences, SummaryCues.Results(), used);
        var limitations = SummaryCues.Pick(after.Reverse(), i => SummaryCues.IsOwnLimitation(sentences, i), used);
        return string.Join('\n', Part("Problem", problem), Part("Method", method), Part("Results", results), Part("Limitations", limitations));

        string Part(string label, int index) => $"{label}: {(index >= 0 ? sentences[index] : NoneStated)}";
    }

    private static string Newcomer(IReadOnlyList<string> sentences, string title)
    {
        // Among the more central half, the plainest: short, few acronyms, numbers or brackets.
        var central = Rank(sentences, title).Take(Math.Max(2, (sentences.Count + 1) / 2));
        var plainest = central.OrderBy(i => Jargon(sentences[i])).ThenBy(i => i).Take(2).Order();
        var keyTerms = KeyTerms(title, sentences);
        var text = string.Join(' ', plainest.Select(i => sentences[i]));
        return keyTerms.Count == 0 ? text : $"{text}\nKey terms to look up: {string.Join(", ", keyTerms)}.";
    }

    /// <summary>Sentence indexes, most central first: the summed frequency of their content words in the abstract and title.</summary>
    private static List<int> Rank(IReadOnlyList<string> sentences, string title)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var stem in sentences.SelectMany(TextWords.ContentStems).Concat(Enumerable.Repeat(TextWords.ContentStems(title), 3).SelectMany(s => s)))
        {
            frequency[stem] = frequency.GetValueOrDefault(stem) + 1;
        }

        return Enumerable.Range(0, sentences.Count)
            .Select(i => (Index: i, Score: Centrality(sentences[i], frequency) + (SummaryCues.Method().IsMatch(sentences[i]) ? 0.5 : 0)))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Index)
            .Select(s => s.Index)
            .ToList();
    }

    private static double Centrality(string sentence, Dictionary<string, int> frequency)
    {
        var stems = TextWords.ContentStems(sentence);
        return stems.Count == 0 ? 0 : stems.Sum(s => Math.Log(frequency.GetValueOrDefault(s, 1))) / Math.Sqrt(stems.Count);
    }

    private static double Jargon(string sentence) =>
        sentence.Length / 40.0 + AcronymOrNumber().Count(sentence) + sentence.Count(c => c is '(' or '[' or '$' or '%');

    /// <summary>Names from the title (LoRA, GPipe, INT4) and its telling words, then the abstract's most repeated telling words.</summary>
    private static List<string> KeyTerms(string title, IReadOnlyList<string> sentences)
    {
        var names = AcronymOrNumber().Matches(title).Select(m => m.Value).Where(n => n.Any(char.IsLetter));
        var titleWords = TextWords.Words(title).Where(w => w.Length > 3 && !TextWords.IsGeneric(w));
        var repeated = sentences.SelectMany(TextWords.Words)
            .Where(w => w.Length > 3 && !TextWords.IsGeneric(w))
            .GroupBy(TextWords.Stem)
            .Where(g => g.Count() > 1)
            .OrderByDescending(g => g.Count())
            .Select(g => g.First());
        var terms = new List<string>();
        foreach (var term in names.Concat(titleWords).Concat(repeated))
        {
            // One spelling per stem: "GPipe" and "gpipe", "pipeline" and "pipelines" are one term.
            if (terms.Count < 5 && !terms.Any(t => TextWords.Stem(t.ToLowerInvariant()) == TextWords.Stem(term.ToLowerInvariant())))
            {
                terms.Add(term);
            }
        }

        return terms;
    }

    private static void Append(StringBuilder text, string part, IReadOnlyList<string> sentences, int index)
    {
        // A short abstract may give the same sentence twice: say it once.
        var line = index >= 0 && index < sentences.Count ? sentences[index] : null;
        if (line is not null && !text.ToString().Contains(line, StringComparison.Ordinal))
        {
            text.Append(part).Append(": ").Append(line).Append('\n');
        }
    }

    [GeneratedRegex(@"\b(?:[A-Za-z]*[A-Z][A-Za-z]*[A-Z0-9][A-Za-z0-9-]*|\d[\w.]*)\b")]
    private static partial Regex AcronymOrNumber();
}
