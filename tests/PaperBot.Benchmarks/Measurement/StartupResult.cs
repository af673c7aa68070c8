namespace PaperBot.Benchmarks.Measurement;

/// <summary>
/// Start-up of the CLI as a child process (medians): <c>stats --db FILE</c> on the benchmark's database, <c>--help</c>
/// (the runtime, the host and the command line, no database), and an empty program (the runtime alone).
/// <see cref="StatsQueriesMs"/> times each query of the stats verb in-process, on a warm connection.
/// </summary>
internal sealed record StartupResult(
    double StatsMs,
    double HelpMs,
    double RuntimeOnlyMs,
    int Runs,
    IReadOnlyDictionary<string, double> StatsQueriesMs)
{
    /// <summary>What opening the database and answering <c>stats</c> adds to the program's own start.</summary>
    public double BeyondRuntimeMs => StatsMs - HelpMs;
}
