namespace PaperBot.Core.Papers;

/// <summary>An autocomplete suggestion: a paper whose title starts with (or contains a word starting with) the typed text.</summary>
public sealed record TitlePrefixMatch(long Id, string Title);
