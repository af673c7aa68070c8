namespace PaperBot.Benchmarks.Ingest;

/// <summary>One page dump entry as the bare baseline reads it: the column values PaperBot stores.</summary>
internal sealed record BaselineEntry(
    int Line,
    string Title,
    string Abstract,
    long? AuthorCount,
    string? Organization,
    long? Upvotes,
    string? PublishedOn);
