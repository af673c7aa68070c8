using PaperBot.Retrieval.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PaperBot.Core.Corpus;
using PaperBot.Core.Highlights;
using PaperBot.Core.Papers;
using PaperBot.Data.Library;
using PaperBot.Data;
using PaperBot.Data.Chat;
using PaperBot.Data.Database;
using PaperBot.Data.Highlights;
using PaperBot.Data.Ingest;
using PaperBot.Data.Papers;
using PaperBot.Data.Search;
using PaperBot.Data.Vectors;

namespace PaperBot.IntegrationTests.Storage;

/// <summary>The embedded SQLite store on a file in a temp folder of its own.</summary>
internal sealed class SqliteBackend : StoreBackend
{
    private readonly string _folder = Directory.CreateTempSubdirectory("paperbot-contract-").FullName;

    private string DatabasePath => Path.Combine(_folder, "paperbot.db");

    // The word index beside the file is left out: its build runs in the host's background, and FTS5 ranks the same.
    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:DatabasePath"] = DatabasePath,
        ["Search:WordIndex"] = "false",
    };

    public override StoreProcess StartProcess(PostClaimLease? lease = null)
    {
        var database = Open();
        var changes = new SubscriptionChangeSignal();
        var papers = Papers(database);
        var embeddings = new SqliteEmbeddingStore(database);
        return new StoreProcess(
            new SqliteSubscriptionStore(database, Time, changes),
            changes,
            new SqliteHighlightPostLog(database, Time, lease),
            new SqlitePostedPapers(database),
            new SqliteConversationStore(database, NullLogger<SqliteConversationStore>.Instance),
            papers,
            embeddings,
            Library(database, papers.Store),
            new Disposables(database, embeddings));
    }

    public override Task<long> CountAsync(string table)
    {
        using var database = Open();
        return Task.FromResult(database.Read(c => c.ExecuteScalar<long>($"SELECT count(*) FROM {table}")));
    }

    public override ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere: the OS temp cleaner will take it.
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Word search as SQLite ranks it without the word index beside the file (FTS5's BM25).</summary>
    private LibraryPorts Library(SqliteDatabase database, IPaperStore papers) =>
        new(new SqliteLibraryStore(database, papers, Time), new SqliteReadingListStore(database, papers, Time), new SqliteMemberChannels(database), new SqlitePaperVotes(database, Time));

    private PaperPorts Papers(SqliteDatabase database)
    {
        var search = new SqlitePaperSearch(database, Options.Create(new SearchOptions { Mode = SearchMode.Bm25 }));
        var reader = new CorpusFileReader(new CorpusReaderOptions(), Time);
        return new PaperPorts(
            new CorpusIngestor(database, reader, Time, NullLogger<CorpusIngestor>.Instance),
            new SqlitePaperStore(database, search),
            search);
    }

    private SqliteDatabase Open() =>
        new(Options.Create(new StoreOptions { DatabasePath = DatabasePath }), NullLogger<SqliteDatabase>.Instance);
}
