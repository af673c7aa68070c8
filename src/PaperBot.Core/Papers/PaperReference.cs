using System.Globalization;
using PaperBot.Core.Corpus;
using PaperBot.Core.Text;

namespace PaperBot.Core.Papers;

/// <summary>
/// What a member typed to name one paper (see <see cref="IPaperStore.FindAsync"/>), read once for every store: a
/// PaperBot id ("42" or "#42"), else an arXiv id or URL and the normalized title to look for.
/// </summary>
public sealed record PaperReference(long? Id, string? ArxivId, string NormalizedTitle, string Text)
{
    /// <summary><c>null</c> for blank text.</summary>
    public static PaperReference? Parse(string? idOrTitle)
    {
        var text = (idOrTitle ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return null;
        }

        return long.TryParse(text.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? new PaperReference(id, null, "", text)
            : new PaperReference(null, ArxivIds.Normalize(text), TitleNormalizer.Normalize(text), text);
    }
}
