namespace PaperBot.Core.Evaluation;

/// <summary>A factual question, the paper that answers it, and the fact an answer must contain (any of the wordings).</summary>
public sealed record FactQuestion(string Question, string ExpectedTitle, IReadOnlyList<string> Facts, int Line);
