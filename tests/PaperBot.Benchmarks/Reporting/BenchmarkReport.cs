namespace PaperBot.Benchmarks.Reporting;

/// <summary>A whole run: the machine, the settings, every size, and the targets checked.</summary>
internal sealed record BenchmarkReport(
    MachineInfo Machine,
    int Repetitions,
    double GenerationSeconds,
    IReadOnlyList<SizeReport> Sizes,
    IReadOnlyList<TargetCheck> Targets);
