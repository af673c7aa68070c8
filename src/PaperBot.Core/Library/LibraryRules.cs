namespace PaperBot.Core.Library;

/// <summary>
/// The one place tags and notes are checked and normalized, shared by the stores, the shell and the Discord commands,
/// so every front end rejects the same input with the same one-line message.
/// </summary>
public static class LibraryRules
{
    public const int MaxTags = 10;

    public const int MaxTagLength = 40;

    public const int MaxNoteLength = 1000;

    /// <summary>Papers in one page of a library or reading list.</summary>
    public const int PageSize = 10;

    /// <summary>
    /// Tags as stored: lower case, trimmed, spaces and commas as separators, a leading '#' dropped, no duplicates,
    /// in the order given.
    /// </summary>
    public static IReadOnlyList<string> NormalizeTags(string? tags) =>
        string.IsNullOrWhiteSpace(tags)
            ? []
            : [.. tags.Split([',', ' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(t => t.TrimStart('#').ToLowerInvariant())
                .Where(t => t.Length > 0)
                .Distinct(StringComparer.Ordinal)];

    /// <summary>What is wrong with the tags and the note, as one line that says what to do; <c>null</c> when they are fine.</summary>
    public static string? Validate(IReadOnlyList<string> tags, string? note)
    {
        ArgumentNullException.ThrowIfNull(tags);
        if (tags.Count > MaxTags)
        {
            return $"That is {tags.Count} tags: keep it to {MaxTags} or fewer.";
        }

        if (tags.FirstOrDefault(t => t.Length > MaxTagLength) is { } longTag)
        {
            return $"A tag is {longTag.Length} characters long: keep each tag to {MaxTagLength} or fewer.";
        }

        return note is { Length: > MaxNoteLength }
            ? $"The note is {note.Length} characters long: keep it to {MaxNoteLength} or fewer."
            : null;
    }

    /// <summary>A note as stored: trimmed, and null when empty.</summary>
    public static string? NormalizeNote(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();

    /// <summary>
    /// Tags and note as the stores keep them (<see cref="NormalizeTags"/>, <see cref="NormalizeNote"/>), checked by
    /// <see cref="Validate"/>: what every store's save does first, so none can keep what another would refuse.
    /// </summary>
    /// <exception cref="ArgumentException">The tags or the note break a rule; the message says which and what to do.</exception>
    public static (IReadOnlyList<string> Tags, string? Note) Checked(IReadOnlyList<string> tags, string? note)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var normal = NormalizeTags(string.Join(' ', tags));
        var cleanNote = NormalizeNote(note);
        return Validate(normal, cleanNote) is { } problem ? throw new ArgumentException(problem) : (normal, cleanNote);
    }
}
