using Microsoft.Extensions.Logging;
using PaperBot.Core.Corpus;
using PaperBot.Core.Corpus.Loading;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Ingest;

/// <summary>
/// Loads corpus files into PostgreSQL: <see cref="CorpusLoader"/>'s rules (a transaction per file, a file seen before
/// skipped, the same merge rules as SQLite) over a <see cref="PostgresCorpusSink"/>.
/// </summary>
internal sealed class PostgresCorpusIngestor(
    PostgresDatabase database,
    CorpusFileReader reader,
    TimeProvider time,
    ILogger<PostgresCorpusIngestor> logger) : StoreCorpusIngestor(reader, time, new IngestLog(logger))
{
    protected override ICorpusSink OpenSink() => new PostgresCorpusSink(database, Time);
}
