using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.AI.Embeddings;
using PaperBot.Core.Corpus;
using PaperBot.Core.Papers;
using PaperBot.Corpus;
using PaperBot.Data;
using PaperBot.Data.Database;
using PaperBot.Data.Ingest;
using PaperBot.Data.Papers;
using PaperBot.Data.Search;
using PaperBot.Data.Vectors;
using PaperBot.Embeddings;
using PaperBot.IntegrationTests.Ai;

namespace PaperBot.IntegrationTests.Corpus;

/// <summary>
/// A real SQLite file in its own temp folder with the ingest path PaperBot uses while it runs (<see cref="CorpusUpdater"/>),
/// and every log entry captured.
/// </summary>
internal sealed class LiveStore : IDisposable
{
    /// <param name="embedder">An embedding model, to see new papers embedded after a load.</param>
    public LiveStore(ITextEmbedder? embedder = null)
    {
        Folder = Directory.CreateTempSubdirectory("paperbot-live-").FullName;
        Logs = new CapturedLogs();
        Loggers = LoggerFactory.Create(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        Database = new SqliteDatabase(
            Options.Create(new StoreOptions { DatabasePath = Path.Combine(Folder, "paperbot.db") }), Loggers.CreateLogger<SqliteDatabase>());
        Store = new SqlitePaperStore(Database, new SqlitePaperSearch(Database));
        var ingestor = new CorpusIngestor(Database, new CorpusFileReader(new CorpusReaderOptions(), TimeProvider.System), TimeProvider.System, Loggers.CreateLogger<CorpusIngestor>());
        Signal = new EmbeddingBackfillSignal();
        Indexer = new EmbeddingIndexer(new SqliteEmbeddingStore(Database), Loggers.CreateLogger<EmbeddingIndexer>(), embedder);
        Backfill = new EmbeddingBackfillService(Indexer, Signal, TimeProvider.System, Loggers.CreateLogger<EmbeddingBackfillService>());
        Updater = new CorpusUpdater(ingestor, Signal, Loggers.CreateLogger<CorpusUpdater>());
    }

    public string Folder { get; }

    public CapturedLogs Logs { get; }

    public ILoggerFactory Loggers { get; }

    public SqliteDatabase Database { get; }

    public SqlitePaperStore Store { get; }

    public CorpusUpdater Updater { get; }

    /// <summary>What the updater raises after a load that brought something new.</summary>
    public EmbeddingBackfillSignal Signal { get; }

    public EmbeddingIndexer Indexer { get; }

    /// <summary>The background backfill over this store: not started unless a test starts it.</summary>
    public EmbeddingBackfillService Backfill { get; }

    /// <summary>Log lines of one category (a type's full name) at Warning or above.</summary>
    public IReadOnlyList<string> Warnings<T>() =>
        [.. Logs.Entries.Where(e => e.Category == typeof(T).FullName && e.Level >= LogLevel.Warning).Select(e => e.Text)];

    public Task<StoredPaper?> FindAsync(string arxivId) => Store.FindAsync(arxivId, CancellationToken.None);

    public long Count(string table) => Database.Read(c => c.ExecuteScalar<long>($"SELECT count(*) FROM {table}"));

    public void Dispose()
    {
        Backfill.Dispose();
        Updater.Dispose();
        Database.Dispose();
        Loggers.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere: the OS temp cleaner will take it.
        }
    }
}
