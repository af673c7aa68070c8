namespace PaperBot.Core.Corpus;

/// <summary>
/// Where an ingest stands: files finished (loaded, skipped or failed) of those found, bytes read of all their sizes, and
/// the entries read so far (the file being loaded included). Reported after every file and, within a long file, every so often.
/// </summary>
public sealed record IngestProgress(int FilesDone, int FilesTotal, long BytesDone, long BytesTotal, long Papers, TimeSpan Elapsed)
{
    /// <summary>Entries per second so far (0 before any time has passed).</summary>
    public double PapersPerSecond => Elapsed > TimeSpan.Zero ? Papers / Elapsed.TotalSeconds : 0;

    /// <summary>
    /// The time the rest should take, by bytes (file sizes are known up front, paper counts are not); null before
    /// there is a rate.
    /// </summary>
    public TimeSpan? Remaining => BytesDone > 0 && Elapsed > TimeSpan.Zero
        ? TimeSpan.FromSeconds(Elapsed.TotalSeconds * Math.Max(0, BytesTotal - BytesDone) / BytesDone)
        : null;
}
