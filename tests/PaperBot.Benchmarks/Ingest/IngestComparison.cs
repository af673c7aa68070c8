using System.Diagnostics;
using PaperBot.Benchmarks.Measurement;

namespace PaperBot.Benchmarks.Ingest;

/// <summary>
/// Ingests the same files with every side, taking turns file by file (the side that goes first rotates), so a slow
/// spell of the machine (a noisy neighbour, disk write-back) falls on all sides alike instead of on whichever ran
/// then. Dirty pages are flushed and garbage collected before each turn, outside the timing; each side's time is
/// the sum of its turns and its peak RSS the largest of its turns.
/// </summary>
internal static class IngestComparison
{
    public static async Task<IReadOnlyList<IngestRun>> RunAsync(
        IReadOnlyList<Func<IIngestSide>> sides, IReadOnlyList<string> files, Action<string> progress, CancellationToken cancellationToken)
    {
        var opened = new List<IIngestSide>();
        try
        {
            var seconds = new double[sides.Count];
            var peaks = new long[sides.Count];
            var sqlitePeaks = new long[sides.Count];
            var entries = new long[sides.Count];
            var added = new long[sides.Count];
            foreach (var open in sides)
            {
                var clock = Stopwatch.StartNew();
                opened.Add(open());
                seconds[opened.Count - 1] += clock.Elapsed.TotalSeconds;
            }

            for (var f = 0; f < files.Count; f++)
            {
                for (var turn = 0; turn < opened.Count; turn++)
                {
                    var s = (f + turn) % opened.Count;
                    await DiskSync.FlushAsync(cancellationToken);
                    ProcessMemory.ResetPeak();
                    _ = SQLitePCL.raw.sqlite3_memory_highwater(1);
                    var clock = Stopwatch.StartNew();
                    var (fileEntries, fileNew) = await opened[s].IngestFileAsync(files[f], cancellationToken);
                    seconds[s] += clock.Elapsed.TotalSeconds;
                    peaks[s] = Math.Max(peaks[s], ProcessMemory.PeakBytes());
                    sqlitePeaks[s] = Math.Max(sqlitePeaks[s], SQLitePCL.raw.sqlite3_memory_highwater(0));
                    entries[s] += fileEntries;
                    added[s] += fileNew;
                }

                if ((f + 1) % 10 == 0 || f + 1 == files.Count)
                {
                    progress($"  {f + 1}/{files.Count} files: " + string.Join(", ", opened.Select((side, i) => $"{side.Name} {entries[i] / seconds[i]:N0}/s")));
                }
            }

            var runs = new List<IngestRun>();
            for (var s = 0; s < opened.Count; s++)
            {
                var phases = opened[s].PhaseSeconds is { } known ? WithOther(known, seconds[s]) : null;
                var path = opened[s].DatabasePath;
                opened[s].Dispose();
                runs.Add(new IngestRun(seconds[s], entries[s], added[s], entries[s] - added[s], peaks[s], sqlitePeaks[s], DatabaseFiles.Bytes(path), phases));
            }

            opened.Clear();
            return runs;
        }
        finally
        {
            foreach (var side in opened)
            {
                side.Dispose();
            }
        }
    }

    private static Dictionary<string, double> WithOther(IReadOnlyDictionary<string, double> phases, double total)
    {
        var all = new Dictionary<string, double>(phases, StringComparer.Ordinal);
        all["other"] = Math.Max(0, total - phases.Values.Sum());
        return all;
    }
}
