namespace PaperBot.Core.Corpus;

/// <summary>How corpus files are read.</summary>
public sealed class CorpusReaderOptions
{
    /// <summary>
    /// The year of page dumps whose dates carry no year. <c>null</c> (the default) infers it:
    /// see <c>PageYearInference</c> and the README, "Corpus formats".
    /// </summary>
    public int? PageYear { get; init; }
}
