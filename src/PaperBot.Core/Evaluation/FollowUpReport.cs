namespace PaperBot.Core.Evaluation;

/// <summary>How many follow-ups were answered citing the paper they are about, and the misses with what was cited.</summary>
public sealed record FollowUpReport(int Dialogs, int Cited, IReadOnlyList<FollowUpMiss> Misses)
{
    public double Share => Dialogs == 0 ? 0 : Cited / (double)Dialogs;
}

/// <summary>A follow-up whose answer did not cite the expected paper.</summary>
public sealed record FollowUpMiss(FollowUpDialog Dialog, IReadOnlyList<string> CitedTitles);
