using PaperBot.Core.Papers;

namespace PaperBot.Core.Corpus;

/// <summary>A paper read from a corpus file, with the 1-based line where its entry starts (for error reports).</summary>
public sealed record ParsedPaper(Paper Paper, int Line);
