using Microsoft.Extensions.Logging;
using PaperBot.Core.Corpus;
using PaperBot.Core.Corpus.Loading;
using PaperBot.Data.Database;

namespace PaperBot.Data.Ingest;

/// <summary>
/// Loads corpus files into the SQLite file: <see cref="CorpusLoader"/>'s rules (a transaction per file, a file seen
/// before skipped) over a <see cref="SqliteCorpusSink"/>.
/// </summary>
internal sealed class CorpusIngestor(
    SqliteDatabase database,
    CorpusFileReader reader,
    TimeProvider time,
    ILogger<CorpusIngestor> logger) : StoreCorpusIngestor(reader, time, new IngestLog(logger))
{
    protected override ICorpusSink OpenSink() => new SqliteCorpusSink(database, Time);
}
