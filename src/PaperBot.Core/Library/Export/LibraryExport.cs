using System.Text;

namespace PaperBot.Core.Library.Export;

/// <summary>A member's library (all of it, or one tag) in one of the <see cref="ExportFormat"/>s.</summary>
public static class LibraryExport
{
    /// <summary>The most papers one export holds (a library of 1,000 saved papers is well within it).</summary>
    public const int MaxPapers = 5000;

    private const int Page = 500;

    /// <summary>The text of <paramref name="papers"/> in <paramref name="format"/>.</summary>
    public static string Write(ExportFormat format, IReadOnlyList<SavedPaper> papers) => format switch
    {
        ExportFormat.BibTex => BibTexWriter.Write(papers),
        ExportFormat.Ris => RisWriter.Write(papers),
        ExportFormat.CslJson => CslJsonWriter.Write(papers),
        _ => MarkdownWriter.Write(papers),
    };

    /// <summary>The member's papers (with <paramref name="tag"/> when given), newest saved first; null when there are none.</summary>
    public static async Task<LibraryExportFile?> CreateAsync(ILibraryStore store, string memberId, ExportFormat format, string? tag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var papers = new List<SavedPaper>();
        while (papers.Count < MaxPapers)
        {
            var page = await store.ListAsync(memberId, tag, papers.Count, Math.Min(Page, MaxPapers - papers.Count), cancellationToken).ConfigureAwait(false);
            papers.AddRange(page);
            if (page.Count == 0 || page.Count < Page)
            {
                break;
            }
        }

        if (papers.Count == 0)
        {
            return null;
        }

        var text = Write(format, papers);
        return new LibraryExportFile(ExportFormats.FileName(format), ExportFormats.ContentType(format), new UTF8Encoding(false).GetBytes(text), papers.Count);
    }
}
