using System.Globalization;
using System.Text;

namespace PaperBot.Core.Library.Export;

/// <summary>
/// BibTeX as arXiv writes it for its own papers: <c>@misc</c> with <c>eprint</c> and <c>archivePrefix = {arXiv}</c>
/// when the arXiv id is known. <c>primaryClass</c> is left out: the corpus does not record arXiv categories.
/// </summary>
public static class BibTexWriter
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static string Write(IReadOnlyList<SavedPaper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var keys = CitationKeys.Assign(papers.Select(p => p.Paper));
        var text = new StringBuilder();
        for (var i = 0; i < papers.Count; i++)
        {
            if (i > 0)
            {
                text.Append('\n');
            }

            WriteEntry(text, keys[i], papers[i]);
        }

        return text.ToString();
    }

    private static void WriteEntry(StringBuilder text, string key, SavedPaper saved)
    {
        var stored = saved.Paper;
        var paper = stored.Paper;
        var fields = new List<(string Name, string Value)> { ("title", $"{{{BibTexText.Title(paper.Title)}}}") };
        if (paper.Authors.Count > 0)
        {
            fields.Add(("author", $"{{{string.Join(" and ", paper.Authors.Select(BibTexText.Name))}}}"));
        }

        if (CitationKeys.PaperDate(paper) is { } date)
        {
            fields.Add(("year", $"{{{date.Year.ToString("D4", CultureInfo.InvariantCulture)}}}"));
            fields.Add(("month", Months[date.Month - 1]));
        }

        if (paper.ArxivId is { Length: > 0 } arxiv)
        {
            fields.Add(("eprint", $"{{{BibTexText.Escape(arxiv)}}}"));
            fields.Add(("archivePrefix", "{arXiv}"));
        }

        if (ExportLinks.Main(stored) is { } url)
        {
            fields.Add(("url", $"{{{UrlText(url)}}}"));
        }

        if (saved.Tags.Count > 0)
        {
            fields.Add(("keywords", $"{{{BibTexText.Escape(string.Join(", ", saved.Tags))}}}"));
        }

        if (saved.Note is { Length: > 0 } note)
        {
            fields.Add(("note", $"{{{BibTexText.Escape(note)}}}"));
        }

        if (!string.IsNullOrWhiteSpace(paper.Abstract))
        {
            fields.Add(("abstract", $"{{{BibTexText.Escape(paper.Abstract)}}}"));
        }

        text.Append("@misc{").Append(key).Append(",\n");
        foreach (var (name, value) in fields)
        {
            text.Append("  ").Append(name).Append(" = ").Append(value).Append(",\n");
        }

        text.Append("}\n");
    }

    // url is read verbatim (biblatex, hyperref): only braces, which would end the field, are percent-encoded.
    private static string UrlText(string url) =>
        url.Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal).Replace("\\", "%5C", StringComparison.Ordinal);
}
