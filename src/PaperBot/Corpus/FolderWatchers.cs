using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace PaperBot.Corpus;

/// <summary>
/// One <see cref="FileSystemWatcher"/> per watched folder, reporting corpus file paths to a channel (null asks for a
/// rescan: a folder moved in, or a watcher that failed). Only the watcher's loop calls <see cref="Ensure"/>.
/// </summary>
internal sealed class FolderWatchers(ChannelWriter<string?> signals, ILogger logger) : IDisposable
{
    private readonly Dictionary<string, FileSystemWatcher> _watchers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _missing = new(StringComparer.Ordinal);

    // A failed watcher is replaced at the next Ensure: the folder may have been deleted and made again, and a watcher
    // on the old one never speaks again.
    private readonly ConcurrentQueue<string> _failed = new();

    /// <summary>Watches the folder if it exists and is not watched yet (a missing folder is reported once).</summary>
    public void Ensure(string folder)
    {
        while (_failed.TryDequeue(out var failed))
        {
            if (_watchers.Remove(failed, out var broken))
            {
                broken.Dispose();
            }
        }

        if (_watchers.ContainsKey(folder))
        {
            return;
        }

        if (!Directory.Exists(folder))
        {
            if (_missing.Add(folder))
            {
                CorpusLog.FolderMissing(logger, folder);
            }

            return;
        }

        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Created += (_, e) => OnChanged(folder, e.FullPath);
        watcher.Changed += (_, e) => OnChanged(folder, e.FullPath);
        watcher.Renamed += (_, e) => OnChanged(folder, e.FullPath);
        watcher.Error += (_, e) =>
        {
            CorpusLog.WatcherFailed(logger, folder, e.GetException().Message);
            _failed.Enqueue(folder);
            signals.TryWrite(null);
        };
        try
        {
            watcher.EnableRaisingEvents = true;
            _watchers[folder] = watcher;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Out of inotify watches, or the folder went away: the periodic rescan still loads new files.
            CorpusLog.WatcherFailed(logger, folder, ex.Message);
            watcher.Dispose();
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers.Values)
        {
            watcher.Dispose();
        }

        _watchers.Clear();
    }

    private void OnChanged(string folder, string path)
    {
        if (CorpusFileFilter.IsCorpusFile(folder, path))
        {
            signals.TryWrite(path);
        }
        else if (Directory.Exists(path))
        {
            // A folder moved in arrives as one event: its files are found by scanning.
            signals.TryWrite(null);
        }
    }
}
