using PaperBot.Benchmarks.Reporting;

namespace PaperBot.Benchmarks.Ask;

/// <summary>The <c>--ask</c> run: setup, both sides over all questions and per set, memory, the slowest questions, the target.</summary>
/// <param name="FreshQueryVectors">True when the query vector cache was emptied before every call (the default; off with <c>--ask-cached</c>).</param>
internal sealed record AskReport(
    MachineInfo Machine,
    int Papers,
    string EmbeddingModel,
    double SetupSeconds,
    int Conversations,
    int Questions,
    int Repetitions,
    bool FreshQueryVectors,
    string LoadAverage,
    AskLatency Ask,
    AskLatency Search,
    IReadOnlyList<AskSetLatency> Sets,
    IReadOnlyList<AskQuestionTiming> Slowest,
    int AnswersWithCitations,
    long SetupPeakRssBytes,
    long AskPeakRssBytes,
    IReadOnlyList<TargetCheck> Targets)
{
    /// <summary>The target for the offline assistant's p99 answer latency, in milliseconds.</summary>
    public const double TargetP99Ms = 300;

    public double P50Ratio => Search.P50Ms > 0 ? Ask.P50Ms / Search.P50Ms : 0;

    public double P99Ratio => Search.P99Ms > 0 ? Ask.P99Ms / Search.P99Ms : 0;

    public static IReadOnlyList<TargetCheck> Evaluate(AskLatency ask, AskLatency search) =>
    [
        new($"offline ask p99 < {TargetP99Ms:0} ms", $"{ask.P99Ms:0.0} ms (search alone {search.P99Ms:0.0} ms)", ask.P99Ms < TargetP99Ms ? "pass" : "FAIL"),
    ];
}
