using System.Globalization;
using System.Text;

namespace PaperBot.Core.Library.Export;

/// <summary>A readable list: each paper linked by title, then what is known of it, its tags and the member's note.</summary>
public static class MarkdownWriter
{
    public static string Write(IReadOnlyList<SavedPaper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"# My papers ({papers.Count})\n\n");
        for (var i = 0; i < papers.Count; i++)
        {
            var saved = papers[i];
            var paper = saved.Paper.Paper;
            var title = Escape(paper.Title);
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. ");
            text.Append(ExportLinks.Main(saved.Paper) is { } url ? $"**[{title}](<{url}>)**" : $"**{title}**");
            text.Append('\n');

            var facts = new List<string>();
            if (paper.Authors.Count > 0)
            {
                facts.Add(Escape(paper.Authors.Count > 5 ? $"{string.Join(", ", paper.Authors.Take(5))} et al." : string.Join(", ", paper.Authors)));
            }
            else if (paper.AuthorCount is > 0 and var count)
            {
                facts.Add(count == 1 ? "1 author" : $"{count} authors");
            }

            if (CitationKeys.PaperDate(paper) is { } date)
            {
                facts.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            if (paper.ArxivId is { Length: > 0 } arxiv)
            {
                facts.Add($"arXiv:{Escape(arxiv)}");
            }

            if (paper.Organization is { Length: > 0 } organization)
            {
                facts.Add(Escape(organization));
            }

            if (ExportLinks.Http(paper.GithubUrl) is { } code)
            {
                facts.Add($"[code](<{code}>)");
            }

            if (ExportLinks.Http(paper.ProjectUrl) is { } project && project != ExportLinks.Main(saved.Paper))
            {
                facts.Add($"[project](<{project}>)");
            }

            if (facts.Count > 0)
            {
                text.Append("   ").Append(string.Join(" · ", facts)).Append('\n');
            }

            if (saved.Tags.Count > 0)
            {
                text.Append("   Tags: ").Append(string.Join(", ", saved.Tags.Select(t => $"`{t.Replace('`', '\'')}`"))).Append('\n');
            }

            if (saved.Note is { Length: > 0 } note)
            {
                foreach (var line in note.Split('\n'))
                {
                    text.Append("   > ").Append(Escape(line.TrimEnd('\r'))).Append('\n');
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    // Markdown's punctuation is escaped so that titles and notes read as written (no accidental links, emphasis or HTML).
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '!' or '(' or ')' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(char.IsControl(c) ? ' ' : c);
        }

        return escaped.ToString();
    }
}
