namespace PaperBot.Core.Highlights;

/// <summary>Which papers a channel was already shown in its highlights, so a paper is not posted there twice within the window.</summary>
public interface IPostedPapers
{
    /// <summary>The ids of the papers posted to <paramref name="channelId"/> at or after <paramref name="since"/>.</summary>
    Task<IReadOnlySet<long>> PostedSinceAsync(string channelId, DateTimeOffset since, CancellationToken cancellationToken);
}
