namespace PaperBot.Core.Papers;

/// <summary>
/// What the store holds. <see cref="LatestDaily"/> is the newest Hugging Face daily-list date; <see cref="SemanticIndex"/>
/// the dense-vector coverage, when an embedding model is in use (the store alone does not know which one).
/// </summary>
public sealed record CorpusStats(
    long Papers,
    long WithArxivId,
    long SourceFiles,
    DateOnly? Oldest,
    DateOnly? Newest,
    int SchemaVersion,
    string DatabasePath,
    long DatabaseBytes,
    DateOnly? LatestDaily = null,
    EmbeddingCoverage? SemanticIndex = null);
