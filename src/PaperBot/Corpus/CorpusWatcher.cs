using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PaperBot.Corpus;

/// <summary>
/// Keeps the corpus folders loaded while PaperBot runs: files added or changed are ingested once they have stopped
/// changing, and a periodic rescan catches what the file-system watcher missed (its buffer overflows under load, and
/// some file systems send no events at all). Runs only when the host is started (the bot, not the one-shot verbs).
/// </summary>
internal sealed class CorpusWatcher(
    IOptions<CorpusOptions> options,
    CorpusUpdater updater,
    TimeProvider time,
    ILogger<CorpusWatcher> logger) : BackgroundService
{
    private const string Origin = "Corpus watcher";

    // Paths from the watcher's threads; null asks for a rescan (a new folder, or an overflowed watcher).
    private readonly Channel<string?> _signals = Channel.CreateUnbounded<string?>(new UnboundedChannelOptions { SingleReader = true });
    private FolderWatchers? _watchers;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Watch)
        {
            CorpusLog.WatchOff(logger);
            return;
        }

        // Start-up continues while the first scan runs.
        await Task.Yield();
        var folders = settings.ResolveWatchFolders();
        var quiet = TimeSpan.FromMilliseconds(settings.WatchDebounceMilliseconds);
        var rescanEvery = TimeSpan.FromMinutes(settings.RescanMinutes);
        var pending = new PendingFiles(quiet);
        CorpusLog.Watching(logger, string.Join(", ", folders), settings.WatchDebounceMilliseconds, settings.RescanMinutes);
        try
        {
            var nextRescan = time.GetUtcNow();
            var rescanNow = true;
            while (!stoppingToken.IsCancellationRequested)
            {
                var now = time.GetUtcNow();
                while (_signals.Reader.TryRead(out var path))
                {
                    rescanNow |= path is null;
                    if (path is not null)
                    {
                        pending.Touch(path, now);
                    }
                }

                if (rescanNow || now >= nextRescan)
                {
                    Rescan(folders, pending, now);
                    rescanNow = false;
                    nextRescan = now + rescanEvery;
                }

                var settled = pending.TakeSettled(now);
                if (settled.Count > 0)
                {
                    await LoadAsync(settled, pending, stoppingToken);
                }

                // A quarter of the quiet period between looks at pending files: a file is loaded at most 25% late.
                var wait = pending.Count > 0 ? TimeSpan.FromTicks(Math.Max(quiet.Ticks / 4, TimeSpan.TicksPerMillisecond * 5)) : nextRescan - now;
                await WaitAsync(wait, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    public override void Dispose()
    {
        _watchers?.Dispose();
        base.Dispose();
    }

    private void Rescan(IReadOnlyList<string> folders, PendingFiles pending, DateTimeOffset now)
    {
        _watchers ??= new FolderWatchers(_signals.Writer, logger);
        foreach (var folder in folders)
        {
            _watchers.Ensure(folder);
            foreach (var file in CorpusFileFilter.Enumerate(folder))
            {
                pending.AddIfChanged(file, now);
            }
        }
    }

    private async Task LoadAsync(IReadOnlyList<(string Path, FileStamp Stamp)> files, PendingFiles pending, CancellationToken cancellationToken)
    {
        try
        {
            await updater.UpdateAsync(Origin, [.. files.Select(f => f.Path)], cancellationToken);
            foreach (var (path, stamp) in files)
            {
                pending.MarkLoaded(path, stamp);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The store is locked, full or gone: the files stay unmarked, so the next rescan tries them again.
            CorpusLog.LoadFailed(logger, ex.Message, ex);
        }
    }

    private async Task WaitAsync(TimeSpan wait, CancellationToken stoppingToken)
    {
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var delay = Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, time, wake.Token);
        var signal = _signals.Reader.WaitToReadAsync(wake.Token).AsTask();
        await Task.WhenAny(delay, signal);
        await wake.CancelAsync();
        try
        {
            await Task.WhenAll(delay, signal);
        }
        catch (OperationCanceledException)
        {
            // The other one was cancelled: that is how the wait ends.
        }

        stoppingToken.ThrowIfCancellationRequested();
    }
}
