using System.Globalization;
using System.Runtime.CompilerServices;
using System.Xml;
using PaperBot.Core.Papers;

namespace PaperBot.Core.Corpus;

/// <summary>Reads an arXiv API Atom feed entry by entry with a forward-only <see cref="XmlReader"/>.</summary>
internal static class ArxivAtomParser
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    // No DTDs and no resolver: a feed never needs them, and they are how XML files reach outside themselves.
    private static readonly XmlReaderSettings Settings = new()
    {
        Async = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    public static async IAsyncEnumerable<ParsedPaper> ParseAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = XmlReader.Create(stream, Settings);
        while (await NextEntryAsync(reader, cancellationToken) is { } paper)
        {
            yield return paper;
        }
    }

    // An iterator cannot yield inside try/catch, so each entry is read here.
    private static async Task<ParsedPaper?> NextEntryAsync(XmlReader reader, CancellationToken cancellationToken)
    {
        try
        {
            while (await reader.ReadAsync())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.Depth == 0 && (reader.LocalName != "feed" || reader.NamespaceURI != AtomNamespace))
                {
                    throw new CorpusFormatException(
                        $"the root element is <{reader.Name}>, not an Atom <feed>: not an arXiv API response",
                        LineOf(reader));
                }

                if (reader.Depth == 1 && reader.LocalName == "entry" && reader.NamespaceURI == AtomNamespace)
                {
                    return await ReadEntryAsync(reader);
                }
            }

            return null;
        }
        catch (XmlException ex)
        {
            var reason = ex.Message.Split('\n', 2)[0].Trim();
            throw ex.LineNumber > 0
                ? new CorpusFormatException($"not valid XML (file truncated?): {reason}", ex.LineNumber, ex)
                : new CorpusFormatException($"not valid XML: {reason}", null, ex);
        }
    }

    private static async Task<ParsedPaper> ReadEntryAsync(XmlReader reader)
    {
        var line = LineOf(reader);
        var entryDepth = reader.Depth;
        string? id = null, title = null, summary = null, published = null, child = null;
        var authors = new List<string>();
        var categories = new List<string>();
        var empty = reader.IsEmptyElement;
        await reader.ReadAsync();
        while (!empty && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == entryDepth))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != AtomNamespace)
            {
                if (!await reader.ReadAsync())
                {
                    break;
                }

                continue;
            }

            if (reader.Depth == entryDepth + 1)
            {
                child = reader.LocalName;
                switch (child)
                {
                    case "id":
                        id = await reader.ReadElementContentAsStringAsync();
                        continue;
                    case "title":
                        title = await reader.ReadElementContentAsStringAsync();
                        continue;
                    case "summary":
                        summary = await reader.ReadElementContentAsStringAsync();
                        continue;
                    case "published":
                        published = await reader.ReadElementContentAsStringAsync();
                        continue;
                    case "category" when reader.GetAttribute("term") is { Length: > 0 } term && !categories.Contains(term):
                        categories.Add(term);
                        break;
                }
            }
            else if (reader.Depth == entryDepth + 2 && child == "author" && reader.LocalName == "name")
            {
                if (TextWhitespace.CollapseOrNull(await reader.ReadElementContentAsStringAsync()) is { } name)
                {
                    authors.Add(name);
                }

                continue;
            }

            // XmlReader reports an unclosed entry itself; stopping at the end only guards against looping.
            if (!await reader.ReadAsync())
            {
                break;
            }
        }

        return new ParsedPaper(BuildPaper(line, id, title, summary, published, authors, categories), line);
    }

    private static Paper BuildPaper(
        int line, string? id, string? title, string? summary, string? published, List<string> authors, List<string> categories)
    {
        if (id is not null && id.Contains("arxiv.org/api/errors", StringComparison.OrdinalIgnoreCase))
        {
            throw new CorpusFormatException(
                $"the feed is an arXiv API error: {TextWhitespace.Collapse(summary)}", line);
        }

        var cleanTitle = TextWhitespace.CollapseOrNull(title)
            ?? throw new CorpusFormatException($"the <entry> has no <title>", line);
        var cleanSummary = TextWhitespace.CollapseOrNull(summary)
            ?? throw new CorpusFormatException($"the <entry> '{cleanTitle}' has no <summary>", line);
        return new Paper
        {
            Title = cleanTitle,
            Abstract = cleanSummary,
            ArxivId = ArxivIds.Normalize(id),
            PublishedOn = ParseDate(published),
            Authors = authors,
            AuthorCount = authors.Count > 0 ? authors.Count : null,
            Keywords = categories,
        };
    }

    private static DateOnly? ParseDate(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? DateOnly.FromDateTime(instant.UtcDateTime)
            : null;

    private static int LineOf(XmlReader reader) => reader is IXmlLineInfo info ? info.LineNumber : 0;
}
