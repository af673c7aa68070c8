namespace PaperBot.Core.Papers;

/// <summary>What the store holds. <see cref="LatestDaily"/> is the newest Hugging Face daily-list date.</summary>
public sealed record CorpusStats(
    long Papers,
    long WithArxivId,
    long SourceFiles,
    DateOnly? Oldest,
    DateOnly? Newest,
    int SchemaVersion,
    string DatabasePath,
    long DatabaseBytes,
    DateOnly? LatestDaily = null);
