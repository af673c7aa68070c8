using System.Globalization;
using System.Text.Json;
using PaperBot.Core.Papers;

namespace PaperBot.Core.Corpus;

/// <summary>
/// Reads one line of Cornell's arXiv metadata snapshot (one JSON object per paper) into a <see cref="Paper"/>
/// with <see cref="Utf8JsonReader"/> straight from the line's bytes: fields PaperBot has no place for are
/// skipped without being decoded. Problems are a <see cref="CorpusFormatException"/> with a one-line reason.
/// </summary>
internal static class ArxivSnapshotLine
{
    private static readonly string[] CreatedFormats = ["ddd, d MMM yyyy HH:mm:ss 'GMT'", "d MMM yyyy HH:mm:ss 'GMT'"];

    public static Paper Parse(ReadOnlySpan<byte> line)
    {
        var fields = new Fields();
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 16 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new CorpusFormatException("not a JSON object: each line of an arXiv metadata snapshot is one paper, {\"id\": ..., \"title\": ...}");
            }

            ReadFields(ref reader, fields);
            if (reader.Read())
            {
                throw new CorpusFormatException("more than one JSON value on the line: each line holds one paper");
            }
        }
        catch (JsonException ex)
        {
            var reason = ex.Message.Split(" LineNumber:", 2)[0].Trim();
            throw new CorpusFormatException($"not valid JSON: {reason}", null, ex);
        }

        return Map(fields);
    }

    private static void ReadFields(ref Utf8JsonReader reader, Fields fields)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                fields.Id = ArxivSnapshotJson.ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("title"u8))
            {
                fields.Title = ArxivSnapshotJson.ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("abstract"u8))
            {
                fields.Abstract = ArxivSnapshotJson.ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("authors"u8))
            {
                fields.Authors = ArxivSnapshotJson.ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("categories"u8))
            {
                fields.Categories = ArxivSnapshotJson.ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("update_date"u8))
            {
                fields.UpdateDate = ArxivSnapshotJson.ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("versions"u8))
            {
                fields.FirstCreated = ArxivSnapshotJson.ReadFirstCreated(ref reader);
            }
            else if (reader.ValueTextEquals("authors_parsed"u8))
            {
                fields.ParsedAuthors = ArxivSnapshotJson.ReadParsedAuthors(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    private static Paper Map(Fields fields)
    {
        var arxivId = ArxivIds.Normalize(fields.Id)
            ?? throw new CorpusFormatException($"\"id\" is missing or not an arXiv identifier (\"{fields.Id}\"; expected e.g. 2205.14135 or hep-th/9901001)");
        var title = TextWhitespace.Collapse(fields.Title);
        if (title.Length == 0)
        {
            throw new CorpusFormatException($"paper {arxivId} has no \"title\"");
        }

        var summary = TextWhitespace.Collapse(fields.Abstract);
        if (summary.Length == 0)
        {
            throw new CorpusFormatException($"paper {arxivId} has no \"abstract\"");
        }

        var authors = fields.ParsedAuthors is { Count: > 0 } parsed ? parsed : SplitAuthors(fields.Authors);
        return new Paper
        {
            Title = title,
            Abstract = summary,
            ArxivId = arxivId,
            Authors = authors,
            AuthorCount = authors.Count > 0 ? authors.Count : null,
            Categories = ReadCategories(fields.Categories, arxivId),
            PublishedOn = ParseCreated(fields.FirstCreated) ?? ParseDay(fields.UpdateDate),
        };
    }

    private static string[] ReadCategories(string? text, string arxivId)
    {
        var categories = (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();
        foreach (var category in categories)
        {
            if (!ArxivCategories.IsKnown(category))
            {
                throw new CorpusFormatException(
                    $"paper {arxivId} has an unknown arXiv category \"{category}\" (closest known: {string.Join(", ", ArxivCategories.Closest(category))})");
            }
        }

        return categories;
    }

    // "Tri Dao, Daniel Y. Fu and Stefano Ermon": what is left when authors_parsed is missing.
    private static List<string> SplitAuthors(string? authors) =>
        (authors ?? string.Empty)
            .Replace(" and ", ",", StringComparison.Ordinal)
            .Split(',')
            .Select(TextWhitespace.Collapse)
            .Where(name => name.Length > 0)
            .ToList();

    private static DateOnly? ParseCreated(string? created) =>
        DateTime.TryParseExact(created?.Trim(), CreatedFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var instant)
            ? DateOnly.FromDateTime(instant)
            : null;

    private static DateOnly? ParseDay(string? day) =>
        DateOnly.TryParseExact(day?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private sealed class Fields
    {
        public string? Id { get; set; }

        public string? Title { get; set; }

        public string? Abstract { get; set; }

        public string? Authors { get; set; }

        public string? Categories { get; set; }

        public string? UpdateDate { get; set; }

        public string? FirstCreated { get; set; }

        public List<string>? ParsedAuthors { get; set; }
    }
}
