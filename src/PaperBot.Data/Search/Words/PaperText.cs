namespace PaperBot.Data.Search.Words;

/// <summary>A paper's words as SQLite holds them now: what the recent index and phrase counts are made from.</summary>
internal sealed class PaperText
{
    public long Id { get; set; }

    public string Title { get; set; } = "";

    public string Abstract { get; set; } = "";
}
