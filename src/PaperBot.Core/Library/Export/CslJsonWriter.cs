using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PaperBot.Core.Library.Export;

/// <summary>
/// CSL-JSON (what Zotero, Pandoc and citeproc read): an array of items with <c>id</c> (the citation key),
/// <c>type: "article"</c>, <c>title</c>, <c>author</c> (<c>family</c>/<c>given</c>, or <c>literal</c> for one-word names),
/// <c>issued.date-parts</c>, <c>URL</c>, <c>note</c> and <c>keyword</c> (the CSL variable, comma-separated tags).
/// </summary>
public static class CslJsonWriter
{
    public static string Write(IReadOnlyList<SavedPaper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var keys = CitationKeys.Assign(papers.Select(p => p.Paper));
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            for (var i = 0; i < papers.Count; i++)
            {
                WriteItem(json, keys[i], papers[i]);
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteItem(Utf8JsonWriter json, string key, SavedPaper saved)
    {
        var paper = saved.Paper.Paper;
        json.WriteStartObject();
        json.WriteString("id", key);
        json.WriteString("type", "article");
        json.WriteString("title", paper.Title);
        if (paper.Authors.Count > 0)
        {
            json.WriteStartArray("author");
            foreach (var author in paper.Authors)
            {
                var name = PersonName.Parse(author);
                json.WriteStartObject();
                if (name.Given is null)
                {
                    json.WriteString("literal", name.Family);
                }
                else
                {
                    json.WriteString("family", name.Family);
                    json.WriteString("given", name.Given);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (CitationKeys.PaperDate(paper) is { } date)
        {
            json.WriteStartObject("issued");
            json.WriteStartArray("date-parts");
            json.WriteStartArray();
            json.WriteNumberValue(date.Year);
            json.WriteNumberValue(date.Month);
            json.WriteNumberValue(date.Day);
            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        if (paper.ArxivId is { Length: > 0 } arxiv)
        {
            json.WriteString("publisher", "arXiv");
            json.WriteString("number", $"arXiv:{arxiv}");
        }

        if (ExportLinks.Main(saved.Paper) is { } url)
        {
            json.WriteString("URL", url);
        }

        if (saved.Note is { Length: > 0 } note)
        {
            json.WriteString("note", note);
        }

        if (saved.Tags.Count > 0)
        {
            json.WriteString("keyword", string.Join(", ", saved.Tags));
        }

        if (!string.IsNullOrWhiteSpace(paper.Abstract))
        {
            json.WriteString("abstract", paper.Abstract);
        }

        json.WriteEndObject();
    }
}
