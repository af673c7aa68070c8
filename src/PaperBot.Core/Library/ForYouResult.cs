namespace PaperBot.Core.Library;

/// <summary>Papers for a member, and how they were found (<see cref="ByMeaning"/> false: by words, without vectors).</summary>
public sealed record ForYouResult(IReadOnlyList<ForYouItem> Items, bool ByMeaning, int SavedCount)
{
    /// <summary>The answer when the member has saved nothing yet.</summary>
    public const string EmptyLibrary = "Your library is empty: /save papers first, and /foryou finds papers close to them.";

    public const int DefaultCount = 5;

    public const int MaxCount = 10;
}
