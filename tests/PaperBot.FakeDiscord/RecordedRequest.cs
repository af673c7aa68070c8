namespace PaperBot.FakeDiscord;

/// <summary>One HTTP request as the fake received it (the path is relative to /api/v10/).</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string? Authorization,
    string? UserAgent,
    string? ContentType,
    string Body,
    int Status,
    DateTimeOffset At)
{
    /// <summary>The files of a multipart upload (then <see cref="Body"/> is its payload_json).</summary>
    public IReadOnlyList<RecordedFile> Files { get; init; } = [];
}
