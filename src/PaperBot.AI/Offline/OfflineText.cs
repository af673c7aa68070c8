using System.Globalization;
using System.Text;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;

namespace PaperBot.AI.Offline;

/// <summary>The fixed wording of offline answers: the labels that say no model wrote them, and the numbered sources.</summary>
internal static class OfflineText
{
    public const string AnswerLabel = "(offline answer from the papers' abstracts)";

    public const string SummaryLabel = "(offline summary: sentences taken from the abstract)";

    /// <summary>Longest a question is echoed back in a reply.</summary>
    private const int EchoLength = 80;

    public static string Nothing(string question) =>
        $"{AnswerLabel}\nThe corpus has nothing on “{Echo(question)}”: no paper in it matches. "
        + "Try /search with other words, or ask about a paper by its title.";

    public static string Echo(string text) => Core.Text.SnippetBuilder.Cut(text.ReplaceLineEndings(" "), EchoLength);

    public static Citation Cite(StoredPaper paper) => new(paper.Id, paper.Paper.Title, paper.ArxivUrl);

    public static Citation Cite(PaperHit hit) =>
        new(hit.Id, hit.Title, hit.ArxivId is { } arxiv ? $"https://arxiv.org/abs/{arxiv}" : null);

    /// <summary>"Sources:" and one line per citation: <c>[1] Title (#42) https://arxiv.org/abs/…</c>.</summary>
    public static void AppendSources(StringBuilder text, IReadOnlyList<Citation> citations)
    {
        if (citations.Count == 0)
        {
            return;
        }

        text.Append("\n\nSources:");
        for (var i = 0; i < citations.Count; i++)
        {
            var citation = citations[i];
            text.Append(CultureInfo.InvariantCulture, $"\n[{i + 1}] {citation.Title} (#{citation.Id})");
            if (citation.Url is { } url)
            {
                text.Append(' ').Append(url);
            }
        }
    }

    /// <summary>A numbered list of papers (search, related work, highlights) with their snippets, and the sources.</summary>
    public static AssistantAnswer List(string heading, IReadOnlyList<PaperHit> hits)
    {
        var text = new StringBuilder(AnswerLabel).Append('\n').Append(heading);
        var citations = new List<Citation>(hits.Count);
        foreach (var hit in hits)
        {
            citations.Add(Cite(hit));
            text.Append(CultureInfo.InvariantCulture, $"\n[{citations.Count}] {hit.Title}");
            if (hit.Snippet.Length > 0)
            {
                text.Append(" — “").Append(hit.Snippet).Append('”');
            }
        }

        AppendSources(text, citations);
        return new AssistantAnswer(text.ToString(), citations, AnswerMode.Offline);
    }
}
