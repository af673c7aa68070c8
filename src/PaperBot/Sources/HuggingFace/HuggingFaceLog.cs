using Microsoft.Extensions.Logging;

namespace PaperBot.Sources.HuggingFace;

/// <summary>Log messages of the Hugging Face daily source, source-generated.</summary>
internal static partial class HuggingFaceLog
{
    [LoggerMessage(201, LogLevel.Information, "Hugging Face daily papers: fetching {Days} day(s) from {BaseUrl} every {PollMinutes} min into {Folder}")]
    public static partial void Started(ILogger logger, int days, Uri baseUrl, int pollMinutes, string folder);

    [LoggerMessage(202, LogLevel.Information, "Hugging Face daily papers {Date}: {Count} paper(s), {Outcome}")]
    public static partial void DayFetched(ILogger logger, string date, int count, string outcome);

    [LoggerMessage(203, LogLevel.Warning, "Hugging Face rate limit on {Date}: waiting {Seconds} s before the next request")]
    public static partial void RateLimited(ILogger logger, string date, int seconds);

    [LoggerMessage(204, LogLevel.Warning, "Hugging Face daily papers {Date} not fetched ({Problem}): trying again in {PollMinutes} min")]
    public static partial void PollStopped(ILogger logger, string date, string problem, int pollMinutes);

    [LoggerMessage(205, LogLevel.Warning, "Hugging Face daily papers {Date} refused ({Problem}): skipped")]
    public static partial void DayRejected(ILogger logger, string date, string problem);

    [LoggerMessage(206, LogLevel.Error, "Hugging Face daily papers: this poll failed ({Reason}): trying again in {PollMinutes} min")]
    public static partial void PollFailed(ILogger logger, string reason, int pollMinutes, Exception exception);
}
