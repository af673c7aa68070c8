using PaperBot.Benchmarks.Reporting;

namespace PaperBot.Benchmarks.Discord;

/// <summary>The acknowledgement benchmark's run: settings, both sides, the p99 ratio and the targets checked.</summary>
internal sealed record AckLatencyReport(
    MachineInfo Machine,
    int Rounds,
    int InFlight,
    int HeartbeatIntervalMs,
    string LoadAverage,
    AckSideReport PaperBot,
    AckSideReport Baseline,
    AckWork PaperBotWork,
    IReadOnlyList<TargetCheck> Targets)
{
    /// <summary>The target for PaperBot's p99 acknowledgement latency, in milliseconds.</summary>
    public const double TargetP99Ms = 100;

    public double P50Ratio => Baseline.Latency.P50Ms > 0 ? PaperBot.Latency.P50Ms / Baseline.Latency.P50Ms : 0;

    public double P99Ratio => Baseline.Latency.P99Ms > 0 ? PaperBot.Latency.P99Ms / Baseline.Latency.P99Ms : 0;

    public static IReadOnlyList<TargetCheck> Evaluate(AckSideReport paperBot, AckSideReport baseline)
    {
        static TargetCheck Check(string target, string measured, bool passed) => new(target, measured, passed ? "pass" : "FAIL");
        return
        [
            Check($"PaperBot acknowledgement p99 < {TargetP99Ms:0} ms", $"{paperBot.Latency.P99Ms:0.0} ms (baseline {baseline.Latency.P99Ms:0.0} ms)", paperBot.Latency.P99Ms < TargetP99Ms),
            Check("no lost or duplicate answers", $"PaperBot {paperBot.Lost} lost / {paperBot.Duplicates} duplicates, baseline {baseline.Lost} / {baseline.Duplicates}",
                paperBot.Lost + paperBot.Duplicates + baseline.Lost + baseline.Duplicates == 0),
            Check("no fake Discord violations", $"PaperBot {paperBot.Violations.Count}, baseline {baseline.Violations.Count}",
                paperBot.Violations.Count + baseline.Violations.Count == 0),
        ];
    }
}
