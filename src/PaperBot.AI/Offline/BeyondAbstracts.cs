using System.Globalization;
using System.Text;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;

namespace PaperBot.AI.Offline;

/// <summary>
/// Answers to questions the abstracts cannot answer (who wrote a paper, whether its code is out, where it appeared):
/// what the corpus does know about the paper (an author count, an organisation, a GitHub or project link), and where
/// to look for the rest. Never a guess.
/// </summary>
internal static class BeyondAbstracts
{
    public static AssistantAnswer Answer(BeyondAbstract kind, StoredPaper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var about = paper.Paper;
        var text = new StringBuilder(OfflineText.AnswerLabel).Append('\n');
        switch (kind)
        {
            case BeyondAbstract.Code when about.GithubUrl is { } github:
                text.Append(CultureInfo.InvariantCulture, $"“{about.Title}” [1] links its code: {github}");
                break;
            case BeyondAbstract.Code:
                var stated = CodeSentence(about.Abstract);
                text.Append(CultureInfo.InvariantCulture, $"The corpus has no code link for “{about.Title}” [1]")
                    .Append(stated is null ? ", and its abstract does not say whether code is released." : $"; its abstract says: “{stated}”");
                break;
            case BeyondAbstract.Authors when about.Authors.Count > 0:
                text.Append(CultureInfo.InvariantCulture, $"“{about.Title}” [1] is by {string.Join(", ", about.Authors)}.");
                break;
            case BeyondAbstract.Authors:
                text.Append(CultureInfo.InvariantCulture, $"The corpus does not hold the authors' names of “{about.Title}” [1]");
                var known = new List<string>();
                if (about.AuthorCount is { } count)
                {
                    known.Add(string.Create(CultureInfo.InvariantCulture, $"{count} authors"));
                }

                if (about.Organization is { Length: > 0 } organization)
                {
                    known.Add($"from {organization}");
                }

                text.Append(known.Count > 0 ? $"; it records {string.Join(", ", known)}." : ".");
                break;
            default:
                text.Append(CultureInfo.InvariantCulture, $"The abstract of “{about.Title}” [1] does not say where it was published");
                text.Append((about.DailyDate ?? about.PublishedOn) is { } date ? string.Create(CultureInfo.InvariantCulture, $"; the corpus dates it {date:yyyy-MM-dd}.") : ".");
                break;
        }

        // Without an arXiv id, a title search finds the page; angle brackets keep Discord from unfurling every link.
        var title = Uri.EscapeDataString(about.Title);
        var links = paper.ArxivUrl is null
            ? new[] { $"https://arxiv.org/search/?searchtype=title&query={title}", $"https://huggingface.co/papers?q={title}", about.ProjectUrl }
            : [paper.HuggingFaceUrl, paper.ArxivUrl, about.ProjectUrl];
        text.Append("\nLook here: ").AppendJoin(" · ", links.OfType<string>().Select(l => $"<{l}>"));
        return new AssistantAnswer(text.ToString(), [OfflineText.Cite(paper)], AnswerMode.Offline);
    }

    /// <summary>The abstract's sentence about releasing code or models, if it has one.</summary>
    private static string? CodeSentence(string abstractText) =>
        Core.Text.SnippetBuilder.SplitSentences(abstractText).FirstOrDefault(s =>
            s.Contains("github", StringComparison.OrdinalIgnoreCase)
            || s.Contains("open-source", StringComparison.OrdinalIgnoreCase)
            || s.Contains("open source", StringComparison.OrdinalIgnoreCase)
            || s.Contains("publicly available", StringComparison.OrdinalIgnoreCase)
            || s.Contains("code is available", StringComparison.OrdinalIgnoreCase)
            || s.Contains("release", StringComparison.OrdinalIgnoreCase));
}
