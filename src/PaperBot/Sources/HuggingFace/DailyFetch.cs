namespace PaperBot.Sources.HuggingFace;

/// <summary>One day's list as fetched: the JSON array (all pages) when <see cref="Status"/> is Ok, else why not.</summary>
internal sealed record DailyFetch(DailyFetchStatus Status, byte[] Body, int Count, string Problem)
{
    public static DailyFetch Ok(byte[] body, int count) => new(DailyFetchStatus.Ok, body, count, string.Empty);

    public static DailyFetch Failed(DailyFetchStatus status, string problem) => new(status, [], 0, problem);
}
