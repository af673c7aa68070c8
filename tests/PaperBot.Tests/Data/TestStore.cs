using PaperBot.Retrieval.Vectors;
using PaperBot.Retrieval.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PaperBot.Core.Corpus;
using PaperBot.Core.Papers;
using PaperBot.Data;
using PaperBot.Data.Chat;
using PaperBot.Data.Database;
using PaperBot.Data.Ingest;
using PaperBot.Data.Papers;
using PaperBot.Data.Search;
using PaperBot.Data.Search.Words;
using PaperBot.Data.Vectors;

namespace PaperBot.Tests.Data;

/// <summary>A real SQLite store in its own temp folder, wired as the host wires it, with a fixed clock.</summary>
internal sealed class TestStore : IDisposable
{
    public TestStore(int? pageYear = null, int busyTimeoutSeconds = 5, Action<SQLite.SQLiteConnection>? afterOpen = null, int? readConnections = null)
    {
        Folder = Directory.CreateTempSubdirectory("paperbot-test-").FullName;
        DatabasePath = Path.Combine(Folder, "paperbot.db");
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        Database = new SqliteDatabase(
            Options.Create(new StoreOptions { DatabasePath = DatabasePath, BusyTimeoutSeconds = busyTimeoutSeconds, ReadConnections = readConnections }),
            NullLogger<SqliteDatabase>.Instance)
        {
            AfterOpen = afterOpen,
        };
        Reader = new CorpusFileReader(new CorpusReaderOptions { PageYear = pageYear }, Time);
        Words = new WordIndex(Database, NullLogger<WordIndex>.Instance);
        Search = new SqlitePaperSearch(Database, Options.Create(new SearchOptions { Mode = SearchMode.Bm25 }), words: Words);
        Store = new SqlitePaperStore(Database, Search);
        Ingestor = new CorpusIngestor(Database, Reader, Time, NullLogger<CorpusIngestor>.Instance);
        Embeddings = new SqliteEmbeddingStore(Database);
        Similar = new SqliteSimilarPapers(Database, Dense(), Options.Create(new SearchOptions()));
        Recent = new SqliteRecentPapers(Database);
    }

    public string Folder { get; }

    public string DatabasePath { get; }

    public FakeTimeProvider Time { get; }

    public SqliteDatabase Database { get; }

    public CorpusFileReader Reader { get; }

    /// <summary>The word index BM25 search ranks with (in memory: test corpora are small).</summary>
    public WordIndex Words { get; }

    public SqlitePaperSearch Search { get; }

    public SqlitePaperStore Store { get; }

    public CorpusIngestor Ingestor { get; }

    public SqliteEmbeddingStore Embeddings { get; }

    public SqliteSimilarPapers Similar { get; }

    public SqliteRecentPapers Recent { get; }

    /// <summary>Search in hybrid mode, with dense vectors when an embedder is given (and TF-IDF when weighted).</summary>
    public SqlitePaperSearch HybridSearch(ITextEmbedder? embedder = null, double sparseWeight = 0)
    {
        var options = Options.Create(new SearchOptions { Mode = SearchMode.Hybrid, SparseWeight = sparseWeight });
        return new SqlitePaperSearch(Database, options, new HybridSearch(Database, Dense(embedder), options, Words), Words);
    }

    /// <summary>Conversation memory on this store's file (each append says how many turns to keep).</summary>
    public SqliteConversationStore Conversations() => new(Database, NullLogger<SqliteConversationStore>.Instance);

    public DenseNeighbours Dense(ITextEmbedder? embedder = null) =>
        new(new SqliteEmbeddingStore(Database), embedder is null ? [] : [embedder], NullLogger<DenseNeighbours>.Instance);

    /// <summary>Closeness in meaning for answers, by the given embedder (none: always "unknown").</summary>
    public MeaningSimilarity Meaning(ITextEmbedder? embedder = null) =>
        new(Dense(embedder), embedder is null ? [] : [embedder], NullLogger<MeaningSimilarity>.Instance);

    /// <summary>Writes a file into the temp folder and returns its path.</summary>
    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public string WriteFile(string name, byte[] content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public long Count(string table) => Database.Read(c => c.ExecuteScalar<long>($"SELECT count(*) FROM {table}"));

    public void Dispose()
    {
        Embeddings.Dispose();
        Words.Dispose();
        Database.Dispose();
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
