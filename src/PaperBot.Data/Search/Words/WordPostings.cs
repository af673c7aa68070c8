namespace PaperBot.Data.Search.Words;

/// <summary>
/// How one posting is packed, and how FTS5 weighs it. A posting is a paper and how often the term occurs in its title
/// and in its abstract; BM25 counts a title occurrence four times (the <c>bm25(4.0, 1.0)</c> rank of <c>papers_fts</c>,
/// Schema version 1), and that weighted count is all ranking needs.
/// </summary>
internal static class WordPostings
{
    public const int TitleWeight = 4;

    /// <summary>Title counts above this are stored as this: no title repeats a word eight times.</summary>
    private const int MaxTitleCount = 7;

    public static uint Pack(int titleCount, int abstractCount) =>
        ((uint)abstractCount << 3) | (uint)Math.Min(titleCount, MaxTitleCount);

    public static int TitleCount(uint packed) => (int)(packed & MaxTitleCount);

    public static int AbstractCount(uint packed) => (int)(packed >> 3);

    /// <summary>The BM25 term frequency FTS5 uses: each instance counted with its column's weight.</summary>
    public static int Weighted(uint packed) => TitleWeight * TitleCount(packed) + AbstractCount(packed);
}
