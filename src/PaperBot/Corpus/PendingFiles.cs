namespace PaperBot.Corpus;

/// <summary>
/// The watcher's bookkeeping: files that may have changed wait here until their size and time have stood still for
/// the quiet period (a file being written keeps changing), and the stamp of each file loaded is kept, so a rescan only
/// picks up files that changed since. Not thread-safe: only the watcher's loop uses it.
/// </summary>
internal sealed class PendingFiles(TimeSpan quiet)
{
    private readonly Dictionary<string, (FileStamp Stamp, DateTimeOffset Since)> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileStamp> _loaded = new(StringComparer.Ordinal);

    public int Count => _pending.Count;

    /// <summary>An event said the file changed: (re)start its quiet period now.</summary>
    public void Touch(string path, DateTimeOffset now)
    {
        if (FileStamp.Of(path) is { } stamp)
        {
            _pending[path] = (stamp, now);
        }
    }

    /// <summary>A rescan found the file: wait for it only when it differs from what was loaded.</summary>
    public void AddIfChanged(string path, DateTimeOffset now)
    {
        if (!_pending.ContainsKey(path) && FileStamp.Of(path) is { } stamp && !IsLoaded(path, stamp))
        {
            _pending[path] = (stamp, now);
        }
    }

    /// <summary>
    /// Takes the files that have not changed for the quiet period. A file that changed since it was last looked at starts
    /// its quiet period again; a file that is gone is dropped; a file exactly as it was loaded is not loaded again.
    /// </summary>
    public IReadOnlyList<(string Path, FileStamp Stamp)> TakeSettled(DateTimeOffset now)
    {
        var settled = new List<(string, FileStamp)>();
        foreach (var (path, (stamp, since)) in _pending.ToList())
        {
            var current = FileStamp.Of(path);
            if (current is null)
            {
                _pending.Remove(path);
            }
            else if (current.Value != stamp)
            {
                _pending[path] = (current.Value, now);
            }
            else if (now - since >= quiet)
            {
                _pending.Remove(path);
                if (!IsLoaded(path, stamp))
                {
                    settled.Add((path, stamp));
                }
            }
        }

        return settled;
    }

    /// <summary>The file was given to the ingestor as it looked then (loaded, skipped or rejected alike: only a change retries it).</summary>
    public void MarkLoaded(string path, FileStamp stamp) => _loaded[path] = stamp;

    private bool IsLoaded(string path, FileStamp stamp) => _loaded.TryGetValue(path, out var loaded) && loaded == stamp;
}
