namespace PaperBot.Core.Evaluation;

/// <summary>One evaluation question and the titles of the papers that answer it (any of them counts).</summary>
public sealed record EvaluationQuery(string Question, IReadOnlyList<string> ExpectedTitles, int Line);
