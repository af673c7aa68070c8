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

    /// <summary>
    /// Counts as a search holds them: title and abstract apart, wide enough to add up (a prefix sums many terms), so that
    /// a phrase can be bounded column by column.
    /// </summary>
    public static uint Wide(int titleCount, int abstractCount) => ((uint)Math.Min(titleCount, 0xFFF) << 20) | (uint)Math.Min(abstractCount, 0xFFFFF);

    public static uint Widen(uint packed) => Wide(TitleCount(packed), AbstractCount(packed));

    public static int WideTitle(uint wide) => (int)(wide >> 20);

    public static int WideAbstract(uint wide) => (int)(wide & 0xFFFFF);

    public static int WideWeighted(uint wide) => TitleWeight * WideTitle(wide) + WideAbstract(wide);

    /// <summary>Column by column, the smaller count: what a phrase of two terms can occur at most.</summary>
    public static uint WideMin(uint a, uint b) => Wide(Math.Min(WideTitle(a), WideTitle(b)), Math.Min(WideAbstract(a), WideAbstract(b)));
}
