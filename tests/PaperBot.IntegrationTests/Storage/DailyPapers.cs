using System.Text.Json;

namespace PaperBot.IntegrationTests.Storage;

/// <summary>A Hugging Face papers array (dates and upvotes, which an arXiv snapshot lacks), for corpus files written by a test.</summary>
internal static class DailyPapers
{
    public static string Paper(string arxivId, string title, string summary, DateOnly day, int upvotes = 0, string author = "Ada Lovelace") =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["id"] = arxivId,
            ["title"] = title,
            ["summary"] = summary,
            ["publishedAt"] = day.ToString("yyyy-MM-dd") + "T00:00:00.000Z",
            ["submittedOnDailyAt"] = day.ToString("yyyy-MM-dd") + "T00:00:00.000Z",
            ["upvotes"] = upvotes,
            ["authors"] = new[] { new Dictionary<string, string> { ["name"] = author } },
        });

    public static string File(params string[] papers) => "[" + string.Join(",\n", papers) + "]\n";
}
