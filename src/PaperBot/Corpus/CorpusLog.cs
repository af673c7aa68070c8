using Microsoft.Extensions.Logging;

namespace PaperBot.Corpus;

/// <summary>Log messages of the corpus watcher and of live ingests, source-generated (ids 100-199 of the host's 100-999).</summary>
internal static partial class CorpusLog
{
    [LoggerMessage(101, LogLevel.Information, "{Origin}: {Files} file(s) read: {Ingested} ingested, {Skipped} unchanged, {Failed} failed; {New} new papers, {Merged} merged")]
    public static partial void Ingested(ILogger logger, string origin, int files, int ingested, int skipped, int failed, long @new, long merged);

    [LoggerMessage(102, LogLevel.Debug, "{Origin}: {Files} file(s) read, nothing new")]
    public static partial void NothingNew(ILogger logger, string origin, int files);

    [LoggerMessage(104, LogLevel.Information, "Watching {Folders} for new corpus files (quiet period {DebounceMilliseconds} ms, rescan every {RescanMinutes} min)")]
    public static partial void Watching(ILogger logger, string folders, int debounceMilliseconds, int rescanMinutes);

    [LoggerMessage(105, LogLevel.Warning, "The corpus folder {Folder} does not exist: it is watched once it does (checked every rescan)")]
    public static partial void FolderMissing(ILogger logger, string folder);

    [LoggerMessage(106, LogLevel.Warning, "The file-system watcher on {Folder} failed ({Reason}): rescanning the folder now")]
    public static partial void WatcherFailed(ILogger logger, string folder, string reason);

    [LoggerMessage(107, LogLevel.Error, "Could not load corpus files ({Reason}): trying again at the next rescan")]
    public static partial void LoadFailed(ILogger logger, string reason, Exception exception);

    [LoggerMessage(108, LogLevel.Information, "Corpus:Watch is false: corpus folders are not watched")]
    public static partial void WatchOff(ILogger logger);
}
