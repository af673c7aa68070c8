namespace PaperBot.Benchmarks.Measurement;

/// <summary>A SQLite database's size on disk: the file and its WAL and shared-memory files when present.</summary>
internal static class DatabaseFiles
{
    public static long Bytes(string path) =>
        new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);

    public static void Delete(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
