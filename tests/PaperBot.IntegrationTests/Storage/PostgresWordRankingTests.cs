using PaperBot.Postgres.Search;
using static PaperBot.IntegrationTests.Storage.SnapshotLines;

namespace PaperBot.IntegrationTests.Storage;

/// <summary>
/// PostgreSQL's word ranking beyond the shared contract: the word counts it keeps between queries follow another
/// process's ingest, and a word in more papers than it scores still ranks the paper with that word in its title first.
/// </summary>
public sealed class PostgresWordRankingTests : StoreContract, IDisposable
{
    private readonly CorpusFolder _corpus = new();

    [Fact]
    public async Task SearchAsync_AfterAnotherProcessIngested_ScoresAsAFreshProcessWould()
    {
        await IngestAsync(Process, Line("2401.00001", "Kernel Fusion for Transformers", "We fuse kernels."), Line("2401.00002", "Pruning Transformers", "We prune heads."));
        var before = await Process.Search.SearchAsync("kernel transformers", 10, CancellationToken.None);

        // Another PaperBot on the same database makes "kernel" common: its weight must drop for the first one too.
        await using (var other = Backend.StartProcess())
        {
            await IngestAsync(other, [.. Enumerable.Range(3, 20).Select(i => Line($"2401.{i:D5}", $"Kernel Methods {i}", "Kernels again."))]);
        }

        var after = await Process.Search.SearchAsync("kernel transformers", 10, CancellationToken.None);
        await using var fresh = Backend.StartProcess();
        var expected = await fresh.Search.SearchAsync("kernel transformers", 10, CancellationToken.None);

        Assert.Equal(expected.Select(h => (h.Id, h.Score)), after.Select(h => (h.Id, h.Score)));
        Assert.NotEqual(before[0].Score, after[0].Score);
    }

    [Fact]
    public async Task SearchAsync_WordInMorePapersThanAreScored_ThePaperWithItInTheTitleFirst()
    {
        var abstracts = Enumerable.Range(1, WordRanking.Pool + 50)
            .Select(i => Line($"2401.{i:D5}", $"Study Number {i}", "A gradient method, and a gradient again: gradient steps."));

        // Ingested last, so the matches the index yields first (the oldest) do not hold it.
        await IngestAsync(Process, [.. abstracts]);
        await IngestAsync(Process, Line("2402.00001", "Gradient Clipping Revisited", "We clip."));

        var hits = await Process.Search.SearchAsync("gradient", 5, CancellationToken.None);

        Assert.Equal("Gradient Clipping Revisited", hits[0].Title);
        Assert.Equal(5, hits.Count);
    }

    public void Dispose() => _corpus.Dispose();

    private protected override async Task<StoreBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();

    private async Task IngestAsync(StoreProcess process, params string[] lines) =>
        Assert.Equal(0, (await process.Ingestor.IngestAsync([_corpus.Write(lines)], CancellationToken.None)).Failed);
}
