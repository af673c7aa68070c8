namespace PaperBot.Core.Evaluation;

/// <summary>How search did on one question: the 1-based rank of the first expected paper (null when not in the results).</summary>
public sealed record QueryOutcome(EvaluationQuery Query, int? Rank, IReadOnlyList<string> TopTitles);
