using PaperBot.Benchmarks.Measurement;

namespace PaperBot.Benchmarks.Search;

/// <summary>
/// One query's latencies on both sides. <see cref="Hits"/> is what the bare query returned; <see cref="FellBack"/>
/// says PaperBot ran its any-term query too (all terms matched nothing), which the bare side does not.
/// </summary>
internal sealed record QueryTiming(string Kind, string Query, int Hits, bool FellBack, Latency PaperBot, Latency Bare, Latency? PrefixOnly = null);
