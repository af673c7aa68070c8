using static PaperBot.IntegrationTests.Storage.SnapshotLines;

namespace PaperBot.IntegrationTests.Storage;

/// <summary>
/// Title autocomplete answers the same titles, in the same order, on PostgreSQL as on SQLite for the same corpus:
/// titles that start with what was typed, then titles with its words (the last as a word start), newest first.
/// </summary>
public sealed class AutocompleteParityTests : IAsyncLifetime
{
    // Ingested in this order on both stores, so "newest" is the same paper on both.
    private static readonly string[] Titles =
    [
        "Flash Decoding for Long Context",
        "Memory-Efficient Flash Attention Kernels",
        "Attention Is All You Need",
        "Sparse Attention Patterns for Long Documents",
        "Flashy Results in Vision",
        "Long Context Retrieval with Sparse Memory",
    ];

    private readonly CorpusFolder _corpus = new();
    private StoreBackend? _sqlite;
    private StoreBackend? _postgres;
    private StoreProcess? _sqliteProcess;
    private StoreProcess? _postgresProcess;

    public async Task InitializeAsync()
    {
        _sqlite = new SqliteBackend();
        _postgres = await PostgresBackend.CreateAsync();
        _sqliteProcess = _sqlite.StartProcess();
        _postgresProcess = _postgres.StartProcess();
        var file = _corpus.Write(Titles.Select((title, i) => Line($"2401.{i + 1:D5}", title, "An abstract.")));
        foreach (var process in new[] { _sqliteProcess, _postgresProcess })
        {
            Assert.Equal(0, (await process.Ingestor.IngestAsync([file], CancellationToken.None)).Failed);
        }
    }

    [Theory]
    [InlineData("", new[] { 5, 4, 3, 2, 1, 0 })]
    [InlineData("fl", new[] { 0, 4 })]
    [InlineData("flash", new[] { 0, 4, 1 })]
    [InlineData("long con", new[] { 5, 0 })]
    [InlineData("sparse att", new[] { 3 })]
    [InlineData("attention", new[] { 2, 3, 1 })]
    [InlineData("memory", new[] { 1, 5 })]
    [InlineData("Memory-Efficient Fla", new[] { 1 })]
    [InlineData("patterns long", new[] { 3 })]
    [InlineData("nothing like it", new int[0])]
    public async Task CompleteTitleAsync_SameTitlesInTheSameOrderOnBothStores(string typed, int[] expected)
    {
        var onSqlite = await _sqliteProcess!.Search.CompleteTitleAsync(typed, 10, CancellationToken.None);
        var onPostgres = await _postgresProcess!.Search.CompleteTitleAsync(typed, 10, CancellationToken.None);

        Assert.Equal(expected.Select(i => Titles[i]), onSqlite.Select(t => t.Title));
        Assert.Equal(onSqlite.Select(t => t.Title), onPostgres.Select(t => t.Title));
    }

    public async Task DisposeAsync()
    {
        foreach (var process in new[] { _sqliteProcess, _postgresProcess })
        {
            if (process is not null)
            {
                await process.DisposeAsync();
            }
        }

        foreach (var backend in new[] { _sqlite, _postgres })
        {
            if (backend is not null)
            {
                await backend.DisposeAsync();
            }
        }

        _corpus.Dispose();
    }
}
