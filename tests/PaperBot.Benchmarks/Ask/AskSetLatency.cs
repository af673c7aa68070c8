namespace PaperBot.Benchmarks.Ask;

/// <summary>Both sides' latency over the questions of one set (see <see cref="AskTurn.Set"/>).</summary>
internal sealed record AskSetLatency(string Set, int Questions, AskLatency Ask, AskLatency Search);
