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
                fields.Id = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("title"u8))
            {
                fields.Title = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("abstract"u8))
            {
                fields.Abstract = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("authors"u8))
            {
                fields.Authors = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("categories"u8))
            {
                fields.Categories = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("update_date"u8))
            {
                fields.UpdateDate = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("versions"u8))
            {
                fields.FirstCreated = ReadFirstCreated(ref reader);
            }
            else if (reader.ValueTextEquals("authors_parsed"u8))
            {
                fields.ParsedAuthors = ReadParsedAuthors(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    private static string? ReadString(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        reader.Skip();
        return null;
    }

    // [{"version":"v1","created":"Mon, 2 Apr 2007 19:18:42 GMT"}, ...]: the v1 date, else the first listed.
    private static string? ReadFirstCreated(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        string? first = null, v1 = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            string? version = null, created = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("version"u8))
                {
                    version = ReadString(ref reader);
                }
                else if (reader.ValueTextEquals("created"u8))
                {
                    created = ReadString(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            first ??= created;
            v1 ??= version == "v1" ? created : null;
        }

        if (reader.TokenType != JsonTokenType.EndArray)
        {
            reader.Skip();
        }

        return v1 ?? first;
    }

    // [["Dao", "Tri", ""], ...] as "Tri Dao"; a suffix ("Jr.") goes last.
    private static List<string>? ReadParsedAuthors(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        var authors = new List<string>();
        var parts = new List<string>(3);
        while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
        {
            parts.Clear();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                parts.Add(reader.TokenType == JsonTokenType.String ? TextWhitespace.Collapse(reader.GetString()) : string.Empty);
                reader.Skip();
            }

            var name = parts.Count switch
            {
                0 => string.Empty,
                1 => parts[0],
                _ => string.Join(' ', new[] { parts[1], parts[0] }.Concat(parts.Skip(2)).Where(p => p.Length > 0)),
            };
            if (name.Length > 0)
            {
                authors.Add(name);
            }
        }

        return authors;
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
