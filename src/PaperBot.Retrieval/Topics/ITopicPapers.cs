using PaperBot.Core.Papers;

namespace PaperBot.Retrieval.Topics;

/// <summary>A store's side of topic trends: every paper of a range on a topic, and the day each counts on.</summary>
internal interface ITopicPapers
{
    /// <summary>
    /// Every paper of the range on the topic, by the rule of highlight topics (<see cref="TopicMatch"/>), up to
    /// <see cref="TopicMatch.MaxSemanticCandidates"/>, most upvoted first.
    /// </summary>
    Task<IReadOnlyList<PaperHit>> ListAllAsync(DateOnly from, DateOnly to, string topic, CancellationToken cancellationToken);

    /// <summary>The day each paper counts on (the Hugging Face daily date, else the publication date); papers without one are left out.</summary>
    Task<IReadOnlyDictionary<long, DateOnly>> DaysAsync(IReadOnlyCollection<long> paperIds, CancellationToken cancellationToken);
}
