using PaperBot.Benchmarks.Measurement;

namespace PaperBot.Benchmarks.Discord;

/// <summary>One side's figures over all timed rounds (see <see cref="AckRoundResult"/> for the counts).</summary>
/// <param name="Violations">What the side's fake Discord would have refused, over the whole run (warm-up included).</param>
/// <param name="RoundP99Ms">Each timed round's own p99, in the order run: drift or a slow spell shows here.</param>
/// <param name="BenchCpuMsPerInteraction">CPU time of this process (the fake; on the baseline side also the responder) per interaction.</param>
/// <param name="PaperBotCpuMsPerInteraction">CPU time of the PaperBot process per interaction (on the baseline side: its idle cost).</param>
internal sealed record AckSideReport(
    string Side,
    Latency Latency,
    int Interactions,
    int Direct,
    int Deferred,
    int WithPapers,
    int Lost,
    int Duplicates,
    IReadOnlyList<string> Violations,
    IReadOnlyList<double> RoundP99Ms,
    double BenchCpuMsPerInteraction,
    double PaperBotCpuMsPerInteraction)
{
    public static AckSideReport Of(string side, IReadOnlyList<AckRoundResult> rounds, IReadOnlyList<string> violations, TimeSpan benchCpu, TimeSpan paperBotCpu) => new(
        side,
        Latency.Of([.. rounds.SelectMany(r => r.LatenciesMs)]),
        rounds.Sum(r => r.LatenciesMs.Count + r.Lost),
        rounds.Sum(r => r.Direct),
        rounds.Sum(r => r.Deferred),
        rounds.Sum(r => r.WithPapers),
        rounds.Sum(r => r.Lost),
        rounds.Sum(r => r.Duplicates),
        violations,
        [.. rounds.Select(r => Latency.Of(r.LatenciesMs).P99Ms)],
        PerInteraction(benchCpu, rounds),
        PerInteraction(paperBotCpu, rounds));

    private static double PerInteraction(TimeSpan cpu, IReadOnlyList<AckRoundResult> rounds)
    {
        var interactions = rounds.Sum(r => r.LatenciesMs.Count + r.Lost);
        return interactions > 0 ? cpu.TotalMilliseconds / interactions : 0;
    }
}
