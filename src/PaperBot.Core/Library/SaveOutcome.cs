namespace PaperBot.Core.Library;

/// <summary>What saving a paper did.</summary>
public enum SaveOutcome
{
    Saved,

    /// <summary>It was there already: nothing changed (tags and a note are edited with an update).</summary>
    AlreadySaved,

    /// <summary>No paper has that id.</summary>
    UnknownPaper,
}
