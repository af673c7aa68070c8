using System.Text;

namespace PaperBot.Tests.Data;

/// <summary>Builds small Hugging Face page dumps for tests, in the bundled corpus's exact layout.</summary>
internal static class PageDumps
{
    public const string Header = "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\n";

    public static string Page(string pageDate, params (string Title, string Abstract, string? Meta)[] entries)
    {
        var text = new StringBuilder(Header).Append(pageDate).Append("\n\n");
        foreach (var (title, @abstract, meta) in entries)
        {
            text.Append(title).Append("\n\n").Append(@abstract).Append("\n\n");
            if (meta is not null)
            {
                text.Append(meta).Append("\n\n");
            }
        }

        return text.ToString();
    }

    /// <summary>A metadata block: "• N authors", "·", then the date line.</summary>
    public static string Authors(int count, string dateLine) => $"  • {count} authors\n·\n{dateLine}";
}
