namespace PaperBot.Core.Corpus.Loading;

/// <summary>
/// Turns an ingest's steps into <see cref="IngestProgress"/> reports: after every file, and within a file at most once per
/// <see cref="Interval"/> (a paper costs microseconds; a report may write to the terminal).
/// </summary>
internal sealed class IngestProgressReporter(IProgress<IngestProgress>? progress, TimeProvider time, int filesTotal, long bytesTotal)
{
    /// <summary>The least time between two reports within a file: a live line redrawn four times a second.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly long _started = time.GetTimestamp();
    private long _lastReport = time.GetTimestamp();
    private int _filesDone;
    private long _bytesOfFilesDone;
    private long _papers;
    private long _papersInFile;

    /// <summary>One more entry read from the current file, whose stream is at <paramref name="bytesIntoFile"/>.</summary>
    public void PaperRead(long bytesIntoFile)
    {
        _papersInFile++;
        if (progress is not null && time.GetElapsedTime(_lastReport) >= Interval)
        {
            Report(_bytesOfFilesDone + bytesIntoFile);
        }
    }

    /// <summary>A file is finished (loaded, skipped or failed); <paramref name="keptPapers"/>: whether its entries count.</summary>
    public void FileDone(long fileBytes, bool keptPapers)
    {
        _filesDone++;
        _bytesOfFilesDone += fileBytes;
        _papers += keptPapers ? _papersInFile : 0;
        _papersInFile = 0;
        if (progress is not null)
        {
            Report(_bytesOfFilesDone);
        }
    }

    private void Report(long bytesDone)
    {
        _lastReport = time.GetTimestamp();
        progress!.Report(new IngestProgress(
            _filesDone, filesTotal, Math.Min(bytesDone, bytesTotal), bytesTotal, _papers + _papersInFile, time.GetElapsedTime(_started)));
    }
}
