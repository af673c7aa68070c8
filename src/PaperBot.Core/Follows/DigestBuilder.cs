using PaperBot.Core.Papers;

namespace PaperBot.Core.Follows;

/// <summary>
/// Collects a member's digest: the papers of the last days that match their follows (topics by words or meaning, as
/// highlight topics match; authors by name, case and accents aside), leaving out papers an earlier digest sent,
/// most matches first, then most upvoted.
/// </summary>
public sealed class DigestBuilder(IRecentPapers recent, IPaperStore store, IDigestLog log)
{
    /// <summary>Recent papers read for author matching: authors cannot be searched, so the window's papers are read.</summary>
    private const int MaxAuthorCandidates = 500;

    public async Task<Digest> BuildAsync(string memberId, DigestPeriod period, IReadOnlyList<Follow> follows, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(follows);
        var to = DateOnly.FromDateTime(now.UtcDateTime);
        var from = to.AddDays(-FollowRules.LookbackDays(period));
        var sent = await log.SentPaperIdsAsync(memberId, now.AddDays(-4 * FollowRules.LookbackDays(period)), cancellationToken).ConfigureAwait(false);
        var matches = new Dictionary<long, (PaperHit Hit, List<string> Follows)>();

        foreach (var topic in follows.Where(f => f.Kind == FollowKind.Topic))
        {
            var hits = await recent.ListAsync(from, to, topic.Text, FollowRules.MaxDigestPapers * 2, cancellationToken).ConfigureAwait(false);
            foreach (var hit in hits)
            {
                Add(matches, hit, $"topic \"{topic.Text}\"");
            }
        }

        var authors = follows.Where(f => f.Kind == FollowKind.Author).ToList();
        if (authors.Count > 0)
        {
            var hits = await recent.ListAsync(from, to, null, MaxAuthorCandidates, cancellationToken).ConfigureAwait(false);
            foreach (var hit in hits.Where(h => !sent.Contains(h.Id)))
            {
                if (await store.GetAsync(hit.Id, cancellationToken).ConfigureAwait(false) is not { } paper)
                {
                    continue;
                }

                foreach (var author in authors.Where(a => FollowRules.IsAuthor(a.Text, paper.Paper.Authors)))
                {
                    Add(matches, hit, $"author \"{author.Text}\"");
                }
            }
        }

        var items = matches.Values
            .Where(m => !sent.Contains(m.Hit.Id))
            .OrderByDescending(m => m.Follows.Count)
            .ThenByDescending(m => m.Hit.Upvotes ?? 0)
            .ThenBy(m => m.Hit.Id)
            .Take(FollowRules.MaxDigestPapers)
            .Select(m => new DigestItem(
                m.Hit.Id,
                m.Hit.Title,
                m.Hit.ArxivId is { } arxiv ? $"https://arxiv.org/abs/{arxiv}" : null,
                m.Hit.PublishedOn,
                m.Follows))
            .ToList();
        return new Digest(memberId, period, FollowRules.PeriodKey(period, now), items);
    }

    private static void Add(Dictionary<long, (PaperHit Hit, List<string> Follows)> matches, PaperHit hit, string follow)
    {
        if (!matches.TryGetValue(hit.Id, out var match))
        {
            match = (hit, []);
            matches[hit.Id] = match;
        }

        if (!match.Follows.Contains(follow))
        {
            match.Follows.Add(follow);
        }
    }
}
