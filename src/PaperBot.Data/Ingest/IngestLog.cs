using Microsoft.Extensions.Logging;
using PaperBot.Core.Corpus.Loading;

namespace PaperBot.Data.Ingest;

/// <summary>The ingest's file-by-file messages, in the data project's log.</summary>
internal sealed class IngestLog(ILogger logger) : ICorpusLoadLog
{
    public void FileIngested(string path, long entries, long added, long merged) => Log.FileIngested(logger, path, entries, added, merged);

    public void FileSkipped(string path) => Log.FileSkipped(logger, path);

    public void FileFailed(string path, string reason) => Log.FileFailed(logger, path, reason);

    public void BadEntriesSkipped(string path, long badEntries, string firstError) => Log.BadEntriesSkipped(logger, path, badEntries, firstError);
}
