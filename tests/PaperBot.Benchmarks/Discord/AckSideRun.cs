using System.Diagnostics;
using PaperBot.FakeDiscord;

namespace PaperBot.Benchmarks.Discord;

/// <summary>
/// One side while the benchmark runs: its fake Discord, its timed rounds, and the CPU time spent during them by this
/// process (the fake, plus the bare responder on the baseline side) and by the PaperBot process.
/// </summary>
internal sealed class AckSideRun(string name, FakeDiscordServer discord)
{
    private readonly List<AckRoundResult> _rounds = [];
    private TimeSpan _benchCpu;
    private TimeSpan _paperBotCpu;

    public string Name => name;

    public FakeDiscordServer Discord => discord;

    public IReadOnlyList<AckRoundResult> Rounds => _rounds;

    /// <summary>Runs one round; <paramref name="timed"/> false for the warm-up, which is not kept.</summary>
    public async Task<AckRoundResult> RunRoundAsync(int round, int inFlight, PaperBotProcess paperBot, bool timed, CancellationToken cancellationToken)
    {
        var benchBefore = BenchCpu();
        var paperBotBefore = paperBot.CpuTime;
        var result = await AckRound.RunAsync(discord, round, inFlight, cancellationToken);
        if (timed)
        {
            _benchCpu += BenchCpu() - benchBefore;
            _paperBotCpu += paperBot.CpuTime - paperBotBefore;
            _rounds.Add(result);
        }

        return result;
    }

    public AckSideReport Report() => AckSideReport.Of(name, _rounds, discord.Violations, _benchCpu, _paperBotCpu);

    private static TimeSpan BenchCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
