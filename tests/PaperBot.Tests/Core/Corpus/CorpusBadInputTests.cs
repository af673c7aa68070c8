using System.Text;
using Microsoft.Extensions.Time.Testing;
using PaperBot.Core.Corpus;

namespace PaperBot.Tests.Core.Corpus;

/// <summary>Every kind of bad page dump: one <see cref="CorpusFormatException"/> with a reason and the right line.</summary>
public sealed class CorpusBadInputTests : IDisposable
{
    private static readonly DateTimeOffset Today = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly string[] Header = ["new", "", "Subscribe", "", "Dec 11", ""];
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "paperbot-tests-" + Guid.NewGuid().ToString("N"));

    public CorpusBadInputTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("")]
    [InlineData("\n \r\n\t ")]
    [InlineData("\uFEFF\n")]
    public async Task ReadAsync_EmptyOrBlank_FileIsEmpty(string text)
    {
        var ex = await ReadErrorAsync(Encoding.UTF8.GetBytes(text));

        Assert.Equal("the file is empty", ex.Message);
        Assert.Null(ex.Line);
    }

    [Fact]
    public async Task ReadAsync_NulByte_BinaryData()
    {
        var ex = await ReadErrorAsync([.. "new\n"u8, 0, 1, 2, 3]);

        Assert.Equal("binary data, not a text corpus file", ex.Message);
    }

    [Fact]
    public async Task ReadAsync_HtmlPage_SaysHowToSaveText()
    {
        var ex = await ReadErrorAsync(Encoding.UTF8.GetBytes("\n<!doctype html>\n<html><body>Daily Papers</body></html>"), "page.txt");

        Assert.Equal(
            "an HTML page, not a corpus file: save the page as text (Ctrl+A, Ctrl+C) or use the Hugging Face API JSON", ex.Message);
    }

    [Theory]
    [InlineData(15)]
    [InlineData(200)]
    [InlineData(366)]
    public async Task ReadAsync_InvalidUtf8OnALine_NamesThatLine(int line)
    {
        var lines = BundledLines("000_653835f6b8514501.txt");
        var bytes = Encode(lines.Take(line - 1)).Concat("\nCaf"u8.ToArray()).Concat(new byte[] { 0xE9, (byte)'\n' })
            .Concat(Encode(lines.Skip(line))).ToArray();

        var ex = await ReadErrorAsync(bytes);

        Assert.Equal("not valid UTF-8: save the file as UTF-8", ex.Message);
        Assert.Equal(line, ex.Line);
    }

    [Theory]
    [InlineData(13, 13, "the entry 'Efficient Generative Model Training via Embedded Representat…' has no abstract")]
    [InlineData(14, 13, "has no abstract")]
    [InlineData(17, 17, "the file ends inside the metadata block")]
    [InlineData(18, 18, "the file ends inside the metadata block")]
    public async Task ReadAsync_TruncatedMidEntry_SaysWhere(int keptLines, int line, string reason)
    {
        var lines = BundledLines("004_a6c1746509945aff.txt").Take(keptLines);

        var ex = await ReadErrorAsync(Encode(lines));

        Assert.Equal(line, ex.Line);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("file truncated?", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain($"line {line}", ex.Message, StringComparison.Ordinal); // the line is in ex.Line, printed once as path:line
    }

    [Fact]
    public async Task ReadAsync_TitleMissing_OutOfStepAtTheAbstract()
    {
        // The first entry's title is blanked: its abstract is read as a title.
        var lines = BundledLines("000_653835f6b8514501.txt");
        lines[12] = string.Empty;

        var ex = await ReadErrorAsync(Encode(lines));

        Assert.Equal(15, ex.Line);
        Assert.Contains("expected a paper title but found a 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("out of step", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "T", "", "  • 4 authors", "·", "Apr 14" }, 9, "expected the abstract of 'T'")]
    [InlineData(new[] { "·", "", "A" }, 7, "expected a paper title but found '·'")]
    [InlineData(new[] { "T", "", "A", "", "  • 4 authors", "Apr 14" }, 12, "expected '·' after the author line 11")]
    [InlineData(new[] { "T", "", "A", "", "  • 4 authors", "·", "yesterday" }, 13, "expected a date like 'Apr 14'")]
    public async Task ReadAsync_MetadataOutOfPlace_OutOfStepWithLine(string[] entry, int line, string reason)
    {
        var text = string.Join('\n', Header.Concat(entry));

        var ex = await ReadErrorAsync(Encoding.UTF8.GetBytes(text));

        Assert.Equal(line, ex.Line);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, false)]
    [InlineData(40, true)]
    public async Task ReadAsync_NoPageDateInHeader_NotAPageDump(int headerLines, bool dateAfterHeader)
    {
        var lines = Enumerable.Repeat("Some notes about papers.", headerLines)
            .Concat(dateAfterHeader ? ["Dec 11"] : []).Append("Title");

        var ex = await ReadErrorAsync(Encode(lines));

        Assert.Equal(
            "no page date (a line like 'Dec 11') in the first 40 lines: not a Hugging Face papers page dump", ex.Message);
    }

    [Fact]
    public async Task ReadAsync_NoLineBreaks_LineTooLong()
    {
        var bytes = Enumerable.Repeat((byte)'a', Utf8LineReader.MaxLineBytes + 10).ToArray();

        var ex = await ReadErrorAsync(bytes);

        Assert.Equal(1, ex.Line);
        Assert.Contains("longer than 4 MiB", ex.Message, StringComparison.Ordinal);
    }

    private static string[] BundledLines(string file) => File.ReadAllLines(Path.Combine(TestPaths.CorpusDir, file));

    private static byte[] Encode(IEnumerable<string> lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines));

    private async Task<CorpusFormatException> ReadErrorAsync(byte[] content, string fileName = "bad.txt")
    {
        var path = Path.Combine(_folder, fileName);
        await File.WriteAllBytesAsync(path, content);
        var reader = new CorpusFileReader(new CorpusReaderOptions(), new FakeTimeProvider(Today));
        await using var stream = File.OpenRead(path);
        return await Assert.ThrowsAsync<CorpusFormatException>(async () =>
        {
            await foreach (var _ in reader.ReadAsync(stream, fileName, CancellationToken.None))
            {
            }
        });
    }
}
