namespace PaperBot.Postgres.Search;

/// <summary>The end of the range of normalized titles that start with a prefix, in byte (code point) order.</summary>
internal static class TitleRange
{
    /// <summary>The last code point: a title continuing the prefix with it is the one left out of the range.</summary>
    private const string LastCodePoint = "\U0010FFFF";

    /// <summary>
    /// The smallest string above every string that starts with <paramref name="prefix"/>: its last character plus one.
    /// Where that would leave half a surrogate pair (which cannot be sent as UTF-8), the prefix followed by the last
    /// code point instead.
    /// </summary>
    public static string UpperBound(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        var last = prefix[^1];
        return char.IsSurrogate(last) || char.IsSurrogate((char)(last + 1)) || last == char.MaxValue
            ? prefix + LastCodePoint
            : prefix[..^1] + (char)(last + 1);
    }
}
