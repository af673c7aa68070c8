namespace PaperBot.Benchmarks.Ask;

/// <summary>One question's timed calls: the median and slowest answer, the median search, and the answer's citations.</summary>
internal sealed record AskQuestionTiming(string Set, string Question, double AskP50Ms, double AskMaxMs, double SearchP50Ms, int Citations);
