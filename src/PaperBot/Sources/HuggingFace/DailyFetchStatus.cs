namespace PaperBot.Sources.HuggingFace;

/// <summary>How fetching one day's list went.</summary>
internal enum DailyFetchStatus
{
    /// <summary>A JSON array (possibly empty: weekends have none).</summary>
    Ok,

    /// <summary>Still rate limited after waiting as asked: the rest of this poll is skipped.</summary>
    RateLimited,

    /// <summary>A 5xx, a timeout or no connection: the rest of this poll is skipped.</summary>
    Unavailable,

    /// <summary>A 2xx whose body is not a JSON array (a proxy's page, maintenance): the rest of this poll is skipped.</summary>
    Garbage,

    /// <summary>Another 4xx for this day: the other days are still fetched.</summary>
    Rejected,
}
