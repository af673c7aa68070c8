namespace PaperBot.Data.Search;

/// <summary>One quoted FTS5 phrase of plain words (lower-cased letters and digits), its last word a prefix when set.</summary>
internal sealed record FtsPhrase(IReadOnlyList<string> Words, bool Prefix)
{
    /// <summary>The phrase as FTS5 MATCH syntax, e.g. <c>"flash att"*</c>: only letters, digits and spaces inside quotes.</summary>
    public string Match { get; } = "\"" + string.Join(' ', Words) + "\"" + (Prefix ? "*" : string.Empty);
}
