using System.Text;
using Microsoft.Extensions.Time.Testing;
using PaperBot.Core.Corpus;

namespace PaperBot.Tests.Core.Corpus;

/// <summary>Bad Hugging Face JSON and arXiv Atom: <see cref="CorpusFormatException"/> with the parser's line.</summary>
public sealed class StructuredBadInputTests
{
    [Theory]
    [InlineData(200)]
    [InlineData(40)]
    public async Task ReadAsync_JsonCutOff_LastLineAndTruncatedHint(int keptLines)
    {
        var lines = File.ReadAllLines(TestPaths.TestData("hf/hf_daily_papers_sample.json")).Take(keptLines);

        var ex = await ReadErrorAsync(string.Join('\n', lines), "daily.json");

        Assert.Equal(keptLines, ex.Line);
        Assert.StartsWith("not valid JSON (file truncated?)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_JsonSyntaxError_ThatLine()
    {
        const string json = "[\n{\"title\":\"A\",\"summary\":\"B\"},\n{\"title\": oops}\n]";

        var ex = await ReadErrorAsync(json, "papers.json");

        Assert.Equal(3, ex.Line);
    }

    [Theory]
    [InlineData("{\"foo\":1}", "the JSON object has no \"title\"")]
    [InlineData("[{\"paper\":{\"title\":\"A\",\"summary\":\"S\"}},\n{\"paper\":{\"summary\":\"x\"}}]", "item 2 of the JSON array has no \"title\"")]
    [InlineData("[{\"title\":\"A\"}]", "item 1 of the JSON array (\"A\") has no \"summary\"")]
    [InlineData("[null]", "item 1 of the JSON array is null")]
    public async Task ReadAsync_JsonNotHuggingFaceShape_NamesWhatIsMissing(string json, string reason)
    {
        var ex = await ReadErrorAsync(json, "papers.json");

        Assert.StartsWith(reason, ex.Message, StringComparison.Ordinal);
        Assert.Contains("Hugging Face", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1, 2]", 1)]
    [InlineData("{\n\"title\": \"A\",\n\"upvotes\": \"many\"\n}", 3)]
    public async Task ReadAsync_JsonWrongValueType_WrongTypeWithLine(string json, int line)
    {
        var ex = await ReadErrorAsync(json, "papers.json");

        Assert.Equal(line, ex.Line);
        Assert.Contains("wrong type", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_JsonInvalidUtf8_CorpusFormatException()
    {
        var bytes = "[{\"title\":\"Caf"u8.ToArray().Append((byte)0xE9).Concat("\",\"summary\":\"S\"}]"u8.ToArray()).ToArray();

        var ex = await ReadErrorAsync(bytes, "papers.json");

        Assert.Equal(1, ex.Line);
    }

    [Fact]
    public async Task ReadAsync_AtomCutOff_LastLineAndTruncatedHint()
    {
        var lines = File.ReadAllLines(TestPaths.TestData("arxiv/arxiv_sample.xml")).Take(40);

        var ex = await ReadErrorAsync(string.Join('\n', lines), "feed.xml");

        Assert.Equal(40, ex.Line);
        Assert.StartsWith("not valid XML (file truncated?)", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"/>", 2, "the root element is <rss>")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry>\n<summary>S</summary></entry></feed>", 2, "has no <title>")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry><title>T</title></entry></feed>", 2, "has no <summary>")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry><id>http://arxiv.org/api/errors#bad_id</id>"
        + "<title>Error</title><summary>incorrect id format for 1234</summary></entry></feed>", 2, "arXiv API error: incorrect id format")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry><title>T\u00e9</titl></entry></feed>", 2, "not valid XML")]
    public async Task ReadAsync_AtomNotAnArxivFeed_ReasonAndLine(string xml, int line, string reason)
    {
        var ex = await ReadErrorAsync(xml, "feed.xml");

        Assert.Equal(line, ex.Line);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_AtomWithDtd_RefusedWithoutLine()
    {
        // DTDs are prohibited (no entity expansion, no external fetches); XmlReader reports no line for that.
        const string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY x \"y\">]>\n<feed/>";

        var ex = await ReadErrorAsync(xml, "feed.xml");

        Assert.Null(ex.Line);
        Assert.StartsWith("not valid XML: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("DTD", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_AtomInvalidUtf8_CorpusFormatException()
    {
        var bytes = "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry><title>Caf"u8.ToArray().Append((byte)0xE9)
            .Concat("</title></entry></feed>"u8.ToArray()).ToArray();

        var ex = await ReadErrorAsync(bytes, "feed.xml");

        Assert.Equal(2, ex.Line);
    }

    private static Task<CorpusFormatException> ReadErrorAsync(string text, string fileName) =>
        ReadErrorAsync(Encoding.UTF8.GetBytes(text), fileName);

    private static async Task<CorpusFormatException> ReadErrorAsync(byte[] content, string fileName)
    {
        var reader = new CorpusFileReader(new CorpusReaderOptions(), new FakeTimeProvider());
        await using var stream = new MemoryStream(content);
        return await Assert.ThrowsAsync<CorpusFormatException>(async () =>
        {
            await foreach (var _ in reader.ReadAsync(stream, fileName, CancellationToken.None))
            {
            }
        });
    }
}
