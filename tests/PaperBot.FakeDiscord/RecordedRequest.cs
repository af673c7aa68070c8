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
    DateTimeOffset At);
