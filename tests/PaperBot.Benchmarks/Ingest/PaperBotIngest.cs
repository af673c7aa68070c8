using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PaperBot.Core.Corpus;
using PaperBot.Data;
using PaperBot.Data.Database;
using PaperBot.Data.Ingest;

namespace PaperBot.Benchmarks.Ingest;

/// <summary>
/// PaperBot's own <c>ingest</c> path: CorpusIngestor.IngestAsync, wired as the host wires it (page year inferred,
/// system clock), called with one generated file at a time so the two sides can take turns. Per call that adds
/// opening a connection and preparing PaperWriter's statements: about a millisecond against seconds per file.
/// (A corpus of one file is the only case where this is the whole ingest.)
/// </summary>
internal sealed class PaperBotIngest : IIngestSide
{
    private readonly SqliteDatabase _database;

    public PaperBotIngest(string databasePath)
    {
        DatabasePath = databasePath;
        _database = OpenStore(databasePath);

        // Creates the file and schema, and keeps a connection open between files as one multi-file ingest does:
        // otherwise each file's connection would be the last to close and checkpoint and delete the WAL.
        _database.Read(c => c.ExecuteScalar<int>("PRAGMA user_version"));
    }

    public string Name => "PaperBot";

    public string DatabasePath { get; }

    public IReadOnlyDictionary<string, double>? PhaseSeconds => null;

    public static SqliteDatabase OpenStore(string path) =>
        new(Options.Create(new StoreOptions { DatabasePath = path }), NullLogger<SqliteDatabase>.Instance);

    public async Task<(long Entries, long New)> IngestFileAsync(string file, CancellationToken cancellationToken)
    {
        var reader = new CorpusFileReader(new CorpusReaderOptions(), TimeProvider.System);
        var ingestor = new CorpusIngestor(_database, reader, TimeProvider.System, NullLogger<CorpusIngestor>.Instance);
        var report = await ingestor.IngestAsync([file], cancellationToken);
        return report.Failed > 0
            ? throw new InvalidOperationException($"PaperBot could not ingest a generated file: {report.Errors[0]}")
            : (report.Entries, report.New);
    }

    public void Dispose() => _database.Dispose();
}
