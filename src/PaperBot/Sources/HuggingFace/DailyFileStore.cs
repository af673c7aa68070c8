using System.Globalization;

namespace PaperBot.Sources.HuggingFace;

/// <summary>
/// The fetched lists on disk, one <c>daily-YYYY-MM-DD.json</c> per day. Files are replaced atomically (a temp file,
/// then a rename), so a reader never sees half a list, and only when the content changed. A file's write time is when
/// the list was last fetched (in <see cref="TimeProvider"/> time), which says whether it can still change.
/// </summary>
internal sealed class DailyFileStore(string folder, TimeProvider time)
{
    public string Folder { get; } = folder;

    public string PathOf(DateOnly date) =>
        Path.Combine(Folder, "daily-" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".json");

    /// <summary>
    /// True when the day's list was fetched after the day after it had ended: Hugging Face adds to a list during its day
    /// and votes keep coming the day after, but an older list no longer changes.
    /// </summary>
    public bool IsFinal(DateOnly date)
    {
        var path = PathOf(date);
        return File.Exists(path)
            && File.GetLastWriteTimeUtc(path) >= date.AddDays(2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
    }

    /// <summary>Writes the list unless the file already holds exactly these bytes; true when the file was (re)written.</summary>
    public async Task<bool> SaveAsync(DateOnly date, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        Directory.CreateDirectory(Folder);
        var path = PathOf(date);
        var fetchedAt = time.GetUtcNow().UtcDateTime;
        if (File.Exists(path) && (await File.ReadAllBytesAsync(path, cancellationToken)).AsSpan().SequenceEqual(content))
        {
            File.SetLastWriteTimeUtc(path, fetchedAt);
            return false;
        }

        // Hidden and .tmp: a corpus watcher on this folder ignores it until the rename.
        var temp = Path.Combine(Folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(content, cancellationToken);
                // On disk before the rename, so a crash leaves the old list or the new one, never an empty file.
                stream.Flush(flushToDisk: true);
            }

            File.SetLastWriteTimeUtc(temp, fetchedAt);
            File.Move(temp, path, overwrite: true);
            return true;
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
