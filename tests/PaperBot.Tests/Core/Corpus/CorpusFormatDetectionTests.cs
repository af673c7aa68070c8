using System.Text;
using PaperBot.Core.Corpus;

namespace PaperBot.Tests.Core.Corpus;

public sealed class CorpusFormatDetectionTests
{
    [Theory]
    [InlineData("[{\"paper\":{}}]", "x.txt", CorpusFormat.HuggingFaceJson)]
    [InlineData("\uFEFF \r\n {\"id\":\"1\"}", "x.json", CorpusFormat.HuggingFaceJson)]
    [InlineData("<?xml version='1.0'?><feed/>", "x.json", CorpusFormat.ArxivAtom)]
    [InlineData("\n  <feed xmlns=\"http://www.w3.org/2005/Atom\">", "x", CorpusFormat.ArxivAtom)]
    [InlineData("<!-- a comment --><rss/>", "feed.xml", CorpusFormat.ArxivAtom)]
    [InlineData("<!-- a comment --><rss/>", "notes.txt", CorpusFormat.PageDump)]
    [InlineData("new\n\nSubscribe\n\nDec 11\n", "x.json", CorpusFormat.PageDump)]
    [InlineData("\uFEFFnew\r\n", "page.txt", CorpusFormat.PageDump)]
    public void DetectFormat_Content_DecidesFormat(string head, string fileName, CorpusFormat expected)
    {
        Assert.Equal(expected, CorpusFileReader.DetectFormat(Encoding.UTF8.GetBytes(head), fileName));
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData(" \r\n\t\n", "the file is empty")]
    [InlineData("\uFEFF", "the file is empty")]
    [InlineData("<!DOCTYPE html><html>", "an HTML page")]
    [InlineData("\n <html lang=\"en\">", "an HTML page")]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE HTML PUBLIC>", "an HTML page")]
    [InlineData("new\0page", "binary data")]
    public void DetectFormat_Unreadable_ThrowsWithReason(string head, string reason)
    {
        var ex = Assert.Throws<CorpusFormatException>(() => CorpusFileReader.DetectFormat(Encoding.UTF8.GetBytes(head), "x.txt"));

        Assert.StartsWith(reason, ex.Message, StringComparison.Ordinal);
        Assert.Null(ex.Line);
    }

    [Fact]
    public void DetectFormat_Utf16_AsksForUtf8()
    {
        var head = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("new\n")).ToArray();

        var ex = Assert.Throws<CorpusFormatException>(() => CorpusFileReader.DetectFormat(head, "x.txt"));

        Assert.Contains("save the file as UTF-8", ex.Message, StringComparison.Ordinal);
    }
}
