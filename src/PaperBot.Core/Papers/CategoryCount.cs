namespace PaperBot.Core.Papers;

/// <summary>An arXiv category the corpus has (e.g. <c>cs.CL</c>) and how many papers are in it.</summary>
public sealed record CategoryCount(string Category, long Papers);
