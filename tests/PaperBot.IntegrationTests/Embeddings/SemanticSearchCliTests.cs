using System.Text.Json;
using PaperBot.IntegrationTests.Cli;

namespace PaperBot.IntegrationTests.Embeddings;

/// <summary>
/// The real program on a fresh database with the local model on (the default outside tests): the first <c>search</c>
/// builds the semantic index, then finds a paper by a paraphrase that shares no word with its title, and <c>stats</c>
/// reports the coverage. The corpus is the one bundled page that holds the paper (93 papers, under a third of the bundled
/// corpus), so the suite pays ~7 s of embedding rather than ~25.
/// </summary>
[Collection(LocalModelCollection.Name)]
public sealed class SemanticSearchCliTests : IDisposable
{
    private const string Target = "Large-Scale Person Detection and Localization using Overhead Fisheye Cameras";

    // Not one word of the title: people, not persons; ceiling-mounted, not overhead; wide-angle lenses, not fisheye cameras.
    private const string Paraphrase = "finding people from ceiling mounted wide angle lenses";

    private const string Page = "001_6bca746acf7cc91f.txt";

    private readonly PaperBotProcess _paperbot = new PaperBotProcess().UseLocalEmbeddings();

    public SemanticSearchCliTests()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_paperbot.Home, "corpus")).FullName;
        File.Copy(Path.Combine(PaperBotProcess.HostFolder, "corpus", Page), Path.Combine(corpus, Page));
        _paperbot.Environment["PAPERBOT_Corpus__Path"] = corpus;
    }

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
        using var json = JsonDocument.Parse(stats.Output);
        var papers = json.RootElement.GetProperty("papers").GetInt64();
        Assert.InRange(papers, 50, 100);
        Assert.Contains($"Building the semantic index (local/snowflake-arctic-embed-xs): {papers} of {papers} papers", search.Error, StringComparison.Ordinal);
        Assert.Contains($"Semantic index ready: {papers} papers embedded", search.Error, StringComparison.Ordinal);
        using var hits = JsonDocument.Parse(search.Output);
        Assert.Contains(Target, hits.RootElement.EnumerateArray().Select(h => h.GetProperty("title").GetString()));

        var index = json.RootElement.GetProperty("semanticIndex");
        Assert.Equal("local/snowflake-arctic-embed-xs", index.GetProperty("model").GetString());
        Assert.Equal(papers, index.GetProperty("embedded").GetInt64());
        Assert.Equal(papers, index.GetProperty("papers").GetInt64());
        Assert.Contains($"Semantic index: {papers} of {papers} papers (local/snowflake-arctic-embed-xs)", text.Output, StringComparison.Ordinal);
    }
}
