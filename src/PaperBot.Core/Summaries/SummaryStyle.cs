namespace PaperBot.Core.Summaries;

/// <summary>How long and for whom a summary is written.</summary>
public enum SummaryStyle
{
    /// <summary>One or two sentences.</summary>
    TlDr,

    /// <summary>A paragraph per part: problem, method, results.</summary>
    Detailed,

    /// <summary>For someone new to the field: plain words, terms explained.</summary>
    Newcomer,

    /// <summary>A card of four labelled parts: problem, method, results, limitations; a part the abstract lacks says so.</summary>
    Card,
}
