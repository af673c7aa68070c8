namespace PaperBot.Core.Corpus;

/// <summary>A gzip stream that ended before its last member was complete (an interrupted download).</summary>
internal sealed class GzipTruncatedException : IOException
{
    public GzipTruncatedException()
        : base("the gzip stream ends early")
    {
    }

    public GzipTruncatedException(string message)
        : base(message)
    {
    }

    public GzipTruncatedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The one-line reason for a report, naming the last line that was read whole.</summary>
    public static string Reason(int lastLine) =>
        $"the gzip stream ends early, after line {lastLine} (file truncated?): download it again";
}
