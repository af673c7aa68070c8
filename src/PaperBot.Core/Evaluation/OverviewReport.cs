namespace PaperBot.Core.Evaluation;

/// <summary>
/// How well broad questions were answered with an overview: the mean share of cited papers that are relevant
/// (precision), the mean share of relevant papers cited (recall), and how many answers cited at least three papers.
/// </summary>
public sealed record OverviewReport(int Questions, double Precision, double Recall, int AtLeastThree, IReadOnlyList<OverviewOutcome> Outcomes)
{
    public double AtLeastThreeShare => Questions == 0 ? 0 : AtLeastThree / (double)Questions;
}

/// <summary>One broad question: the papers its answer cited, and which of those are relevant.</summary>
public sealed record OverviewOutcome(EvaluationQuery Question, IReadOnlyList<string> CitedTitles, int Relevant)
{
    public double Precision => CitedTitles.Count == 0 ? 0 : Relevant / (double)CitedTitles.Count;

    public double Recall => Question.ExpectedTitles.Count == 0 ? 0 : Relevant / (double)Question.ExpectedTitles.Count;
}
