namespace PaperBot.Core.Evaluation;

/// <summary>
/// Search quality over a set of questions. A question counts as found at k when any of its expected papers is among
/// the first k results (recall@k over questions, also called success@k); MRR averages 1 / rank of the first expected
/// paper, 0 when it is not within the evaluated depth.
/// </summary>
public sealed record EvaluationReport(int Questions, double RecallAt1, double RecallAt5, double MeanReciprocalRank, int Depth, IReadOnlyList<QueryOutcome> Outcomes);
