using System.Text.Json;
using PaperBot.IntegrationTests.Cli;

namespace PaperBot.IntegrationTests.Embeddings;

/// <summary>
/// The real program on a fresh database with the local model on (the default outside tests): the first <c>search</c>
/// builds the semantic index, then finds a paper by a paraphrase that BM25 alone misses, and <c>stats</c> reports it.
/// The one test in the suite that embeds the whole bundled corpus (~20-30 s).
/// </summary>
public sealed class SemanticSearchCliTests : IDisposable
{
    private const string Target = "Large-Scale Person Detection and Localization using Overhead Fisheye Cameras";

    // Not one word of the title: people, not persons; ceiling-mounted, not overhead; wide-angle lenses, not fisheye cameras.
    private const string Paraphrase = "finding people from ceiling mounted wide angle lenses";

    private readonly PaperBotProcess _paperbot = new PaperBotProcess().UseLocalEmbeddings();

    public void Dispose() => _paperbot.Dispose();

    [Fact]
    public async Task Search_FreshDatabase_EmbedsFirstThenFindsAParaphraseAndStatsReportTheCoverage()
    {
        // Act
        var search = await _paperbot.RunAsync(null, "search", Paraphrase, "--top", "5", "--json");
        var stats = await _paperbot.RunAsync(null, "stats", "--json");
        var text = await _paperbot.RunAsync(null, "stats");

        // Assert
        Assert.True(search.ExitCode == 0, search.ToString());
        Assert.Contains("Building the semantic index (local/snowflake-arctic-embed-xs): 331 of 331 papers", search.Error, StringComparison.Ordinal);
        Assert.Contains("Semantic index ready: 331 papers embedded", search.Error, StringComparison.Ordinal);
        using var hits = JsonDocument.Parse(search.Output);
        Assert.Contains(Target, hits.RootElement.EnumerateArray().Select(h => h.GetProperty("title").GetString()));

        using var json = JsonDocument.Parse(stats.Output);
        var index = json.RootElement.GetProperty("semanticIndex");
        Assert.Equal("local/snowflake-arctic-embed-xs", index.GetProperty("model").GetString());
        Assert.Equal(331, index.GetProperty("embedded").GetInt64());
        Assert.Equal(331, index.GetProperty("papers").GetInt64());
        Assert.Contains("Semantic index: 331 of 331 papers (local/snowflake-arctic-embed-xs)", text.Output, StringComparison.Ordinal);
    }
}
