namespace PaperBot.Discord.Gateway;

/// <summary>The shards one round of the gateway runs: the total count and this process's ids of it.</summary>
/// <param name="Recommended">Discord's count from <c>GET /gateway/bot</c>, for the log.</param>
internal sealed record ShardPlan(int Count, IReadOnlyList<int> Ids, int Recommended, int MaxConcurrency)
{
    /// <summary>The configured count and ids, else Discord's recommended count with every id.</summary>
    public static ShardPlan From(DiscordOptions options, int recommended, int maxConcurrency)
    {
        ArgumentNullException.ThrowIfNull(options);
        var count = options.ShardCount ?? Math.Max(1, recommended);
        IReadOnlyList<int> ids = Enumerable.Range(0, count).ToList();
        if (!string.IsNullOrWhiteSpace(options.ShardIds))
        {
            // Validated at startup; a failure here would be a bug, so it is not hidden.
            if (!ShardIdList.TryParse(options.ShardIds, count, out ids, out var error))
            {
                throw new InvalidOperationException(error);
            }
        }

        return new ShardPlan(count, ids, recommended, Math.Max(1, maxConcurrency));
    }

    public string DescribeIds() => Ids.Count == Count ? "all" : string.Join(",", Ids);
}
