using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;

namespace PaperBot.Tests.Core.Corpus;

/// <summary>Builds lines of an arXiv metadata snapshot (one JSON object per paper), shaped like the real file.</summary>
internal static class SnapshotLines
{
    public const string Abstract = "  We study a problem at length.\nThe method works well on many benchmarks\nand is simple to use.\n";

    public static string Line(
        string id,
        string title,
        string categories = "cs.LG",
        string? @abstract = Abstract,
        string created = "Mon, 2 Apr 2007 19:18:42 GMT",
        string updateDate = "2008-11-13",
        string[][]? authorsParsed = null,
        string authors = "Ada Lovelace, Alan Turing")
    {
        var parsed = new JsonArray();
        foreach (var author in authorsParsed ?? [["Lovelace", "Ada", ""], ["Turing", "Alan", ""]])
        {
            parsed.Add(new JsonArray(author.Select(part => (JsonNode?)JsonValue.Create(part)).ToArray()));
        }

        return new JsonObject
        {
            ["id"] = id,
            ["submitter"] = "Ada Lovelace",
            ["authors"] = authors,
            ["title"] = title,
            ["comments"] = null,
            ["journal-ref"] = null,
            ["doi"] = null,
            ["report-no"] = null,
            ["categories"] = categories,
            ["license"] = null,
            ["abstract"] = @abstract,
            ["versions"] = new JsonArray(new JsonObject { ["version"] = "v1", ["created"] = created }),
            ["update_date"] = updateDate,
            ["authors_parsed"] = parsed,
        }.ToJsonString();
    }

    public static string File(params string[] lines) => string.Concat(lines.Select(l => l + "\n"));

    public static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }
}
