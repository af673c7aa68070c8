using System.Diagnostics;
using System.Globalization;

namespace PaperBot.Benchmarks.Measurement;

/// <summary>
/// The process's resident memory. On Linux the peak (VmHWM) can be reset between phases by writing 5 to
/// /proc/self/clear_refs, so each phase reports its own peak; elsewhere the peak is the process's whole-life
/// peak (<see cref="Process.PeakWorkingSet64"/>), which <see cref="PeakIsPerPhase"/> says.
/// </summary>
internal static class ProcessMemory
{
    private const string Status = "/proc/self/status";
    private const string ClearRefs = "/proc/self/clear_refs";

    /// <summary>True once a reset has worked: peaks are per phase.</summary>
    public static bool PeakIsPerPhase { get; private set; }

    /// <summary>Collects garbage left by the previous phase, then starts a new peak.</summary>
    public static void ResetPeak()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        try
        {
            File.WriteAllText(ClearRefs, "5");
            PeakIsPerPhase = true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            PeakIsPerPhase = false;
        }
    }

    /// <summary>Peak resident bytes since the last <see cref="ResetPeak"/> (or since start).</summary>
    public static long PeakBytes() => ReadStatus("VmHWM:") ?? Process.GetCurrentProcess().PeakWorkingSet64;

    public static long CurrentBytes() => ReadStatus("VmRSS:") ?? Process.GetCurrentProcess().WorkingSet64;

    private static long? ReadStatus(string key)
    {
        if (!File.Exists(Status))
        {
            return null;
        }

        foreach (var line in File.ReadLines(Status))
        {
            if (line.StartsWith(key, StringComparison.Ordinal))
            {
                var kilobytes = line[key.Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return null;
    }
}
