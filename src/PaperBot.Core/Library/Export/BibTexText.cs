using System.Text;

namespace PaperBot.Core.Library.Export;

/// <summary>
/// Text made safe inside a braced BibTeX field: LaTeX's special characters escaped, braces balanced by construction
/// (BibTeX counts every brace, even an escaped <c>\{</c>, so literal braces become <c>\textbraceleft{}</c>),
/// line breaks and control characters turned into spaces. Unicode stays as it is (the file is UTF-8).
/// </summary>
internal static class BibTexText
{
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\textbraceleft{}",
                '}' => @"\textbraceright{}",
                '&' => @"\&",
                '%' => @"\%",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => " ",
                _ => c.ToString(),
            });
        }

        return Collapse(escaped.ToString());
    }

    /// <summary>
    /// A title: escaped, and each word with a capital after its first letter ("GPipe", "LLMs", "BERT") wrapped in braces
    /// so that styles which lower-case titles keep it as written.
    /// </summary>
    public static string Title(string title) =>
        string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => Escape(word) is var safe && NeedsProtection(word) ? $"{{{safe}}}" : safe));

    /// <summary>An author name; a name that is (or contains) the word "and" is braced so BibTeX does not split it.</summary>
    public static string Name(string name)
    {
        var safe = Escape(name);
        return name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Any(w => w.Equals("and", StringComparison.OrdinalIgnoreCase))
            ? $"{{{safe}}}"
            : safe;
    }

    private static bool NeedsProtection(string word)
    {
        var letters = word.Where(char.IsLetter).ToList();
        return letters.Skip(1).Any(char.IsUpper) || (letters.Count == 1 && char.IsUpper(letters[0]) && word.Length > 1);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
