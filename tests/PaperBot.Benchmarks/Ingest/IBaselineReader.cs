namespace PaperBot.Benchmarks.Ingest;

/// <summary>The bare baseline's reader of one generated file: its entries, one at a time, as the columns stored.</summary>
internal interface IBaselineReader
{
    /// <summary>The page date as stored (yyyy-MM-dd) for page dumps, once <see cref="ReadHeader"/> has run; null otherwise.</summary>
    string? DailyDate { get; }

    /// <summary>Reads what comes before the first entry (a page dump's header); nothing for formats without one.</summary>
    void ReadHeader();

    /// <summary>The next entry, or null at the end of the file.</summary>
    BaselineEntry? Next();
}
