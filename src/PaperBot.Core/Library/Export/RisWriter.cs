using System.Globalization;
using System.Text;

namespace PaperBot.Core.Library.Export;

/// <summary>
/// RIS (Research Information Systems): one <c>TY  - UNPB</c> (a preprint) record per paper, tags as <c>XX  - value</c>
/// lines ending in CR LF, each record closed by <c>ER  - </c>. Repeatable tags (AU, KW) get one line per value.
/// </summary>
public static class RisWriter
{
    public static string Write(IReadOnlyList<SavedPaper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var keys = CitationKeys.Assign(papers.Select(p => p.Paper));
        var text = new StringBuilder();
        for (var i = 0; i < papers.Count; i++)
        {
            var saved = papers[i];
            var paper = saved.Paper.Paper;
            Line(text, "TY", "UNPB");
            Line(text, "ID", keys[i]);
            Line(text, "TI", paper.Title);
            foreach (var author in paper.Authors)
            {
                var name = PersonName.Parse(author);
                Line(text, "AU", name.Given is null ? name.Family : $"{name.Family}, {name.Given}");
            }

            if (CitationKeys.PaperDate(paper) is { } date)
            {
                Line(text, "PY", date.Year.ToString("D4", CultureInfo.InvariantCulture));
                Line(text, "DA", date.ToString("yyyy'/'MM'/'dd'/'", CultureInfo.InvariantCulture));
            }

            if (paper.ArxivId is { Length: > 0 } arxiv)
            {
                Line(text, "PB", "arXiv");
                Line(text, "M1", $"arXiv:{arxiv}");
            }

            Line(text, "UR", ExportLinks.Main(saved.Paper));
            if (ExportLinks.Http(paper.GithubUrl) is { } code && code != ExportLinks.Main(saved.Paper))
            {
                Line(text, "L2", code);
            }

            foreach (var tag in saved.Tags)
            {
                Line(text, "KW", tag);
            }

            Line(text, "N1", saved.Note);
            Line(text, "AB", paper.Abstract);
            text.Append("ER  - \r\n");
            if (i < papers.Count - 1)
            {
                text.Append("\r\n");
            }
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string tag, string? value)
    {
        var flat = value is null ? "" : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length > 0)
        {
            text.Append(tag).Append("  - ").Append(flat).Append("\r\n");
        }
    }
}
