using PaperBot.Core.Papers;

namespace PaperBot.AI.Offline;

/// <summary>A sentence of a paper's abstract, scored for how well it answers the question (higher is better).</summary>
/// <param name="Rank">The paper's place among the papers answering, best first.</param>
/// <param name="Position">The sentence's place in the abstract.</param>
internal sealed record ScoredSentence(StoredPaper Paper, int Rank, int Position, string Text, double Score, bool HasNumber);
