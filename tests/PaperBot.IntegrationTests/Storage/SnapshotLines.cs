using System.Text.Json;

namespace PaperBot.IntegrationTests.Storage;

/// <summary>Lines of an arXiv metadata snapshot (one JSON object a paper), for corpus files written by a test.</summary>
internal static class SnapshotLines
{
    public static string Line(string arxivId, string title, string @abstract, string categories = "cs.LG", string authors = "Ada Lovelace, Alan Turing") =>
        JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["id"] = arxivId,
            ["title"] = title,
            ["abstract"] = @abstract,
            ["categories"] = categories,
            ["authors"] = authors,
        });

    public static string File(params string[] lines) => string.Join('\n', lines) + "\n";
}
