namespace PaperBot.Core.Library.Export;

/// <summary>
/// An author name split for citation formats: "Family, Given" as written, else the last word is the family name.
/// A single word (a mononym or an organization) has no given name and is cited literally.
/// </summary>
internal readonly record struct PersonName(string Family, string? Given)
{
    public static PersonName Parse(string name)
    {
        var text = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            var given = text[(comma + 1)..].Trim();
            return new PersonName(text[..comma].Trim(), given.Length == 0 ? null : given);
        }

        var space = text.LastIndexOf(' ');
        return space < 0 ? new PersonName(text, null) : new PersonName(text[(space + 1)..], text[..space]);
    }
}
