namespace PaperBot.Core.Papers;

/// <summary>Papers of a date range (the Hugging Face daily date when known, else the publication date).</summary>
public interface IRecentPapers
{
    /// <summary>
    /// Papers dated from <paramref name="from"/> to <paramref name="to"/> (inclusive), optionally only those matching
    /// <paramref name="topic"/> (search text), most upvoted first.
    /// </summary>
    Task<IReadOnlyList<PaperHit>> ListAsync(DateOnly from, DateOnly to, string? topic, int top, CancellationToken cancellationToken);
}
