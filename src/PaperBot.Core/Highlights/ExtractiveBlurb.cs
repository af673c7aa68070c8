using PaperBot.Core.Papers;
using PaperBot.Core.Text;

namespace PaperBot.Core.Highlights;

/// <summary>
/// The blurb without a model: the source's one-line summary when it has one, otherwise the first one or two
/// sentences of the abstract, cut at a sentence end and at most <see cref="MaxLength"/> characters.
/// </summary>
public static class ExtractiveBlurb
{
    public const int MaxLength = 300;

    public static string From(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        if (!string.IsNullOrWhiteSpace(paper.SourceSummary))
        {
            return Shorten(paper.SourceSummary);
        }

        return Shorten(paper.Abstract);
    }

    /// <summary>At most two whole sentences within <see cref="MaxLength"/>; a first sentence longer than that is cut at a word.</summary>
    public static string Shorten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = SnippetBuilder.SplitSentences(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        if (sentences.Count == 0)
        {
            return string.Empty;
        }

        var first = sentences[0];
        if (first.Length > MaxLength)
        {
            return SnippetBuilder.Cut(first, MaxLength);
        }

        var two = sentences.Count > 1 ? $"{first} {sentences[1]}" : first;
        return two.Length <= MaxLength ? two : first;
    }
}
