namespace PaperBot.Core.Evaluation;

/// <summary>How many answers cited the paper that holds the fact, and how many contained the fact itself.</summary>
public sealed record FactReport(int Questions, int Cited, int Included, IReadOnlyList<FactOutcome> Misses)
{
    public double CitedShare => Questions == 0 ? 0 : Cited / (double)Questions;

    public double IncludedShare => Questions == 0 ? 0 : Included / (double)Questions;
}

/// <summary>An answer that missed the fact or its paper: what it cited, and its text.</summary>
public sealed record FactOutcome(FactQuestion Question, bool Cited, bool Included, IReadOnlyList<string> CitedTitles, string Answer);
