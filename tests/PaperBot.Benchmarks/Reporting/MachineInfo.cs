using System.Runtime.InteropServices;

namespace PaperBot.Benchmarks.Reporting;

/// <summary>What the figures were measured on.</summary>
internal sealed record MachineInfo(int Cores, long MemoryBytes, string Cpu, string Os, string Runtime, bool PeakRssPerPhase, DateTimeOffset MeasuredAt)
{
    public static MachineInfo Current(bool peakRssPerPhase) => new(
        Environment.ProcessorCount,
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        CpuName(),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        peakRssPerPhase,
        DateTimeOffset.UtcNow);

    private static string CpuName()
    {
        const string CpuInfo = "/proc/cpuinfo";
        var line = File.Exists(CpuInfo) ? File.ReadLines(CpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
        return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
    }
}
