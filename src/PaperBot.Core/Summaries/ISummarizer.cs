namespace PaperBot.Core.Summaries;

/// <summary>Summarizes one paper. Falls back to an extractive summary (labelled offline) when no model answers.</summary>
public interface ISummarizer
{
    /// <summary>The summary, or <c>null</c> when there is no paper with that id.</summary>
    Task<PaperSummary?> SummarizeAsync(long paperId, SummaryStyle style, CancellationToken cancellationToken);
}
