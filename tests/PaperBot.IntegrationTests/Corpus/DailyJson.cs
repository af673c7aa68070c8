using System.Text.Json.Nodes;

namespace PaperBot.IntegrationTests.Corpus;

/// <summary>Small Hugging Face <c>/api/daily_papers</c> lists for tests.</summary>
internal static class DailyJson
{
    public static string List(params string[] arxivIds) => new JsonArray([.. arxivIds.Select(Item)]).ToJsonString();

    public static JsonObject Item(string arxivId) => new()
    {
        ["paper"] = new JsonObject
        {
            ["id"] = arxivId,
            ["title"] = $"A Study Numbered {arxivId}",
            ["summary"] = $"We study the problem numbered {arxivId} at length and report what we found on many benchmarks.",
            ["submittedOnDailyAt"] = "2026-08-18T00:00:00.000Z",
            ["upvotes"] = 3,
        },
    };
}
