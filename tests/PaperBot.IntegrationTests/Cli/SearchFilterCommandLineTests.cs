using System.Text.Json;
using SQLite;

namespace PaperBot.IntegrationTests.Cli;

/// <summary><c>search --category/--since/--until</c> and categories in the output, on the real program and a real SQLite file.</summary>
public sealed class SearchFilterCommandLineTests : IDisposable
{
    private const string Abstract = "An abstract long enough to be an abstract. It says what the paper does.";
    private readonly PaperBotProcess _paperbot = new();

    [Fact]
    public async Task Search_CategoryAndDates_OnlyMatchingPapersWithTheirCategories()
    {
        var db = await CorpusWithCategoriesAsync();

        var result = await _paperbot.RunAsync(null, "search", "attention", "--category", "cs.cl,stat.", "--since", "2024", "--until", "2024-06", "--json", "--db", db);
        var text = await _paperbot.RunAsync(null, "search", "attention", "--category", "cs.", "--db", db);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var hit = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("Attention for Translation", hit.GetProperty("title").GetString());
        Assert.Equal(["cs.CL", "cs.LG"], hit.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains(" · cs.CL cs.LG", text.Output, StringComparison.Ordinal);
        Assert.Contains("Attention in Vision", text.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Attention and Statistics", text.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--since", "last week", "paperbot: --since must be a date like 2024-05-01, 2024-05 or 2024.")]
    [InlineData("--category", "cs.CLL", "paperbot: Unknown category \"cs.CLL\": the closest the corpus has are cs.CL, cs.CV, cs.LG.")]
    public async Task Search_BadFilter_OneLineAndExitTwo(string option, string value, string expected)
    {
        var db = await CorpusWithCategoriesAsync();

        var result = await _paperbot.RunAsync(null, "search", "attention", option, value, "--db", db);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(expected, result.Error.Trim());
        Assert.Empty(result.Output);
    }

    public void Dispose() => _paperbot.Dispose();

    /// <summary>Three papers ingested through the CLI, then given categories and dates as the arXiv snapshot will.</summary>
    private async Task<string> CorpusWithCategoriesAsync()
    {
        var db = Path.Combine(_paperbot.Home, "filters.db");
        var page = _paperbot.WriteFile("dec4.txt",
            $"Daily Papers\n\nDec 4\n\nAttention for Translation\n\nAttention helps translation. {Abstract}\n\n" +
            $"Attention in Vision\n\nAttention for images. {Abstract}\n\n" +
            $"Attention and Statistics\n\nAttention, a statistical view. {Abstract}\n");
        var ingest = await _paperbot.RunAsync(null, "ingest", page, "--db", db, "--page-year", "2025");
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        using var connection = new SQLiteConnection(db);
        foreach (var (title, categories, date) in new[]
        {
            ("Attention for Translation", "cs.CL cs.LG", "2024-03-10"),
            ("Attention in Vision", "cs.CV", "2024-07-01"),
            ("Attention and Statistics", "stat.ML", "2023-12-31"),
        })
        {
            var id = connection.ExecuteScalar<long>("SELECT id FROM papers WHERE title = ?", title);
            connection.Execute("UPDATE papers SET categories = ?, published_on = ? WHERE id = ?", categories, date, id);
            foreach (var category in categories.Split(' '))
            {
                connection.Execute("INSERT INTO paper_categories(category, paper_id) VALUES (?, ?)", category, id);
            }
        }

        return db;
    }
}
