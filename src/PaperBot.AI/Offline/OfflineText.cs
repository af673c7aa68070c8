using System.Globalization;
using System.Text;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;

namespace PaperBot.AI.Offline;

/// <summary>
/// The fixed wording of offline answers: the labels that say no model wrote them. The numbered sources are not part
/// of the text: whoever shows the answer (the shell, Discord) renders <see cref="AssistantAnswer.Citations"/> its own way.
/// </summary>
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

    /// <summary>A numbered list of papers (search, related work, highlights) with their snippets, and their dates when asked.</summary>
    public static AssistantAnswer List(string heading, IReadOnlyList<PaperHit> hits, bool withDates = false)
    {
        var text = new StringBuilder(AnswerLabel).Append('\n').Append(heading);
        var citations = new List<Citation>(hits.Count);
        foreach (var hit in hits)
        {
            citations.Add(Cite(hit));
            text.Append(CultureInfo.InvariantCulture, $"\n[{citations.Count}] {hit.Title}");
            if (withDates && hit.PublishedOn is { } date)
            {
                text.Append(CultureInfo.InvariantCulture, $" ({date:yyyy-MM-dd})");
            }

            if (hit.Snippet.Length > 0)
            {
                text.Append(" — “").Append(hit.Snippet).Append('”');
            }
        }

        return new AssistantAnswer(text.ToString(), citations, AnswerMode.Offline);
    }
}
