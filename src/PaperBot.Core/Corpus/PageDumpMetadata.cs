namespace PaperBot.Core.Corpus;

/// <summary>The optional block after a page dump abstract: author count or organisation, then a date.</summary>
internal sealed record PageDumpMetadata(int? AuthorCount, string? Organization, PageDumpDate? Date)
{
    public static PageDumpMetadata None { get; } = new(null, null, null);
}
