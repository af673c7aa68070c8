using System.Globalization;
using System.Text.Json;

namespace PaperBot.Benchmarks.Ingest;

/// <summary>
/// The least a program must do to read an arXiv metadata snapshot: a line at a time, each parsed with
/// <see cref="JsonDocument"/>, reading the fields the baseline stores (title and abstract with arXiv's line wrapping
/// undone, the first version's date, the number of authors); no validation beyond what the parse does.
/// </summary>
internal sealed class BaselineSnapshotReader(StreamReader reader) : IBaselineReader
{
    private int _lineNumber;

    public string? DailyDate => null;

    public void ReadHeader()
    {
    }

    public BaselineEntry? Next()
    {
        while (reader.ReadLine() is { } line)
        {
            _lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            var paper = document.RootElement;
            var versions = paper.GetProperty("versions");
            var published = versions.GetArrayLength() > 0 ? PublishedOn(versions[0].GetProperty("created").GetString()) : null;
            return new BaselineEntry(
                _lineNumber,
                Unwrap(paper.GetProperty("title").GetString()),
                Unwrap(paper.GetProperty("abstract").GetString()),
                paper.GetProperty("authors_parsed").GetArrayLength(),
                Organization: null,
                Upvotes: null,
                published);
        }

        return null;
    }

    /// <summary>Undoes arXiv's wrapping: runs of whitespace (the line breaks and the leading two spaces) become one space.</summary>
    public static string Unwrap(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>"Mon, 2 Apr 2007 19:18:42 GMT" as yyyy-MM-dd.</summary>
    private static string? PublishedOn(string? created) =>
        DateTime.TryParseExact(created, "ddd, d MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
}
