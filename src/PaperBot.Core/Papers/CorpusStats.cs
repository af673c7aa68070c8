namespace PaperBot.Core.Papers;

/// <summary>What the store holds.</summary>
public sealed record CorpusStats(
    long Papers,
    long WithArxivId,
    long SourceFiles,
    DateOnly? Oldest,
    DateOnly? Newest,
    int SchemaVersion,
    string DatabasePath,
    long DatabaseBytes);
