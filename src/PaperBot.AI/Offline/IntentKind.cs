namespace PaperBot.AI.Offline;

/// <summary>What a member asked the offline assistant for.</summary>
internal enum IntentKind
{
    /// <summary>A question to answer from the abstracts.</summary>
    Question,

    /// <summary>One paper by id, arXiv id or title.</summary>
    Lookup,

    Search,

    Summarize,

    Similar,

    /// <summary>The newest papers, optionally on a topic.</summary>
    Recent,
}
