using System.IO.Compression;
using System.Text.Json;

namespace PaperBot.IntegrationTests.Cli;

/// <summary><c>ingest --categories</c> on the arXiv metadata snapshot, against the real program and a real SQLite file.</summary>
public sealed class IngestCategoriesCommandLineTests : IDisposable
{
    private readonly PaperBotProcess _paperbot = new();

    public void Dispose() => _paperbot.Dispose();

    [Fact]
    public async Task Ingest_GzippedSnapshotWithCategories_LoadsTheMatchingPapersAndReportsTheRest()
    {
        var db = Path.Combine(_paperbot.Home, "arxiv.db");
        var sample = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "arxiv", "metadata-snapshot-sample.jsonl"));
        var snapshot = Path.Combine(_paperbot.Home, "arxiv-metadata-oai-snapshot.json.gz");
        await using (var gzip = new GZipStream(File.Create(snapshot), CompressionLevel.Fastest))
        {
            await gzip.WriteAsync(sample);
        }

        var text = await _paperbot.RunAsync(null, "ingest", snapshot, "--db", db, "--categories", "cs.DC,hep-");
        var result = await _paperbot.RunAsync(null, "ingest", snapshot, "--db", db, "--categories", "cs.DC,hep-ph", "--json");
        var stats = await _paperbot.RunAsync(null, "stats", "--json", "--db", db);

        Assert.True(text.ExitCode == 1, text.ToString());
        Assert.Contains("unknown arXiv category \"hep-\"", text.Error);
        Assert.Contains("hep-ph", text.Error);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var report = JsonDocument.Parse(result.Output);
        Assert.Equal(3, report.RootElement.GetProperty("new").GetInt64());
        Assert.Equal(1, report.RootElement.GetProperty("filteredOut").GetInt64());
        using var counts = JsonDocument.Parse(stats.Output);
        Assert.Equal(3, counts.RootElement.GetProperty("papers").GetInt64());
    }

    [Fact]
    public async Task Ingest_SnapshotWithABadLine_LoadsTheRestNamesTheLineAndExitsOne()
    {
        var db = Path.Combine(_paperbot.Home, "bad.db");
        var sample = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "arxiv", "metadata-snapshot-sample.jsonl"));
        var lines = sample.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var file = _paperbot.WriteFile("snapshot.jsonl", string.Join('\n', lines[0], "not json", lines[1]) + "\n");

        var result = await _paperbot.RunAsync(null, "ingest", file, "--db", db);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith($"error: {file}:2: not valid JSON", result.Error.Split('\n').First(l => l.StartsWith("error:", StringComparison.Ordinal)));
        Assert.Contains("2 entries: 2 new papers, 0 merged into papers already known, 1 bad lines skipped", result.Output);
    }
}
