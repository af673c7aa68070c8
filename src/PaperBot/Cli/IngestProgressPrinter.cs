using System.Globalization;
using PaperBot.Core.Corpus;

namespace PaperBot.Cli;

/// <summary>
/// Ingest progress on stderr (stdout stays the result): on a terminal one line redrawn in place; otherwise a plain line
/// every <see cref="PlainInterval"/>, so a log or CI output stays readable.
/// </summary>
internal sealed class IngestProgressPrinter(TextWriter error, bool live, TimeProvider time, CancellationToken stopping) : IProgress<IngestProgress>
{
    /// <summary>Time between two plain lines when stderr is not a terminal.</summary>
    public static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    private readonly Lock _lock = new();
    private long _lastLine = time.GetTimestamp();
    private int _drawn;

    public void Report(IngestProgress value)
    {
        var line = Describe(value);
        lock (_lock)
        {
            if (live)
            {
                if (stopping.IsCancellationRequested)
                {
                    line += " - stopping after this file (Ctrl+C again aborts it)";
                }

                // Padded to the last line's width, so a shorter line leaves nothing of the longer one behind.
                error.Write("\r" + line.PadRight(_drawn));
                error.Flush();
                _drawn = line.Length;
                return;
            }

            if (time.GetElapsedTime(_lastLine) >= PlainInterval)
            {
                _lastLine = time.GetTimestamp();
                error.WriteLine(line);
            }
        }
    }

    /// <summary>Ends the live line, so what follows starts on a line of its own.</summary>
    public void Finish()
    {
        lock (_lock)
        {
            if (_drawn > 0)
            {
                error.WriteLine();
                _drawn = 0;
            }
        }
    }

    /// <summary>"ingest: 3/10 files, 52,000 papers, 4,100 papers/s, 31%, about 25 s left".</summary>
    internal static string Describe(IngestProgress value)
    {
        var percent = value.BytesTotal > 0 ? 100.0 * value.BytesDone / value.BytesTotal : 100;
        var left = value.Remaining is { } remaining ? $"about {Duration(remaining)} left" : "time left unknown yet";
        return string.Create(CultureInfo.InvariantCulture,
            $"ingest: {value.FilesDone}/{value.FilesTotal} files, {value.Papers:N0} papers, {value.PapersPerSecond:N0} papers/s, {percent:0}%, {left}");
    }

    private static string Duration(TimeSpan span) => span.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes:00} min")
        : span.TotalMinutes >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes} min {span.Seconds:00} s")
            : string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(span.TotalSeconds):0} s");
}
