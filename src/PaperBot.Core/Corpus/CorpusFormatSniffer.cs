using System.Text;
using System.Text.Json;

namespace PaperBot.Core.Corpus;

/// <summary>
/// Tells the corpus formats apart from the first bytes of a file. Content decides; the file name's
/// extension only breaks the tie for markup that is neither clearly Atom nor HTML. A gzip file, whatever its
/// name, is told apart by what its first bytes decompress to.
/// </summary>
internal static class CorpusFormatSniffer
{
    public static CorpusFormat Detect(ReadOnlySpan<byte> head, string fileName)
    {
        if (GzipCorpusStream.IsGzip(head))
        {
            var inner = GzipCorpusStream.DecompressHead(head, CorpusFileReader.HeadSize);
            return Detect(inner, Path.GetFileNameWithoutExtension(fileName ?? string.Empty));
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new CorpusFormatException("UTF-16 text, not UTF-8: save the file as UTF-8");
        }

        if (head.Contains((byte)0))
        {
            throw new CorpusFormatException("binary data, not a text corpus file");
        }

        var text = SkipBomAndWhitespace(head);
        if (text.IsEmpty)
        {
            throw new CorpusFormatException("the file is empty");
        }

        if (text[0] == (byte)'{' && IsArxivSnapshotLine(text))
        {
            return CorpusFormat.ArxivSnapshot;
        }

        if (text[0] is (byte)'[' or (byte)'{')
        {
            return CorpusFormat.HuggingFaceJson;
        }

        if (text[0] != (byte)'<')
        {
            return CorpusFormat.PageDump;
        }

        var markup = SkipPrologue(text);
        if (StartsWithIgnoreCase(markup, "<!doctype html"u8) || StartsWithIgnoreCase(markup, "<html"u8))
        {
            throw new CorpusFormatException(
                "an HTML page, not a corpus file: save the page as text (Ctrl+A, Ctrl+C) or use the Hugging Face API JSON");
        }

        if (StartsWithIgnoreCase(text, "<?xml"u8) || markup.StartsWith("<feed"u8))
        {
            return CorpusFormat.ArxivAtom;
        }

        // Other markup: the Atom parser names the root element it did not expect, which says more than
        // "no page date", unless the name insists on text.
        return Path.GetExtension(fileName).Equals(".txt", StringComparison.OrdinalIgnoreCase)
            ? CorpusFormat.PageDump
            : CorpusFormat.ArxivAtom;
    }

    /// <summary>True when the first significant byte opens a JSON array.</summary>
    public static bool StartsWithArray(ReadOnlySpan<byte> head)
    {
        var text = SkipBomAndWhitespace(head);
        return !text.IsEmpty && text[0] == (byte)'[';
    }

    // A snapshot line has "abstract" and "categories" at its top level; a Hugging Face paper has "summary" and
    // neither. The head may end inside the first object, so the reader is told more may follow.
    private static bool IsArxivSnapshotLine(ReadOnlySpan<byte> text)
    {
        var reader = new Utf8JsonReader(text, isFinalBlock: false, state: default);
        bool hasAbstract = false, hasCategories = false;
        try
        {
            while (reader.Read() && !(hasAbstract && hasCategories))
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                {
                    hasAbstract |= reader.ValueTextEquals("abstract"u8);
                    hasCategories |= reader.ValueTextEquals("categories"u8);
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON after all: the Hugging Face parser names what is wrong.
        }

        return hasAbstract && hasCategories;
    }

    private static ReadOnlySpan<byte> SkipBomAndWhitespace(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }

        return head[Ascii.TrimStart(head)];
    }

    // Skips an XML declaration and comments, which may come before an HTML doctype as well as a feed.
    private static ReadOnlySpan<byte> SkipPrologue(ReadOnlySpan<byte> text)
    {
        while (true)
        {
            ReadOnlySpan<byte> close;
            if (text.StartsWith("<?"u8))
            {
                close = "?>"u8;
            }
            else if (text.StartsWith("<!--"u8))
            {
                close = "-->"u8;
            }
            else
            {
                return text;
            }

            var end = text.IndexOf(close);
            if (end < 0)
            {
                return text;
            }

            text = text[(end + close.Length)..];
            text = text[Ascii.TrimStart(text)];
        }
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> prefix) =>
        text.Length >= prefix.Length && Ascii.EqualsIgnoreCase(text[..prefix.Length], prefix);
}
