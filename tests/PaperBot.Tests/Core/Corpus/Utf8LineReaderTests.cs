using System.Text;
using PaperBot.Core.Corpus;

namespace PaperBot.Tests.Core.Corpus;

public sealed class Utf8LineReaderTests
{
    [Theory]
    [InlineData("a\r\nb\n\nc", new[] { "a", "b", "", "c" })]
    [InlineData("a\n", new[] { "a" })]
    [InlineData("a\n\n", new[] { "a", "" })]
    [InlineData("a\rb\r\n", new[] { "a\rb" })]
    [InlineData("\uFEFFa\n\uFEFFb", new[] { "a", "\uFEFFb" })]
    [InlineData("", new string[0])]
    public async Task ReadLineAsync_LineEndings_SplitLikeLf(string text, string[] expected)
    {
        var lines = await ReadAllAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)));

        Assert.Equal(expected, lines.Select(l => l.Text));
        Assert.Equal(Enumerable.Range(1, expected.Length), lines.Select(l => l.Number));
    }

    [Fact]
    public async Task ReadLineAsync_TinyReadsAndLongLines_DecodesMultiByteCharactersAcrossChunks()
    {
        // 7-byte reads split "é" and "·" between reads; the long line outgrows the initial buffer.
        var longLine = string.Concat(Enumerable.Repeat("Déjà vu · ", 20_000));
        var text = $"first\r\n{longLine}\r\nlast é";

        var lines = await ReadAllAsync(new TrickleStream(Encoding.UTF8.GetBytes(text), 7));

        Assert.Equal(["first", longLine, "last é"], lines.Select(l => l.Text));
    }

    [Fact]
    public async Task ReadLineAsync_InvalidByte_NamesItsLine()
    {
        var bytes = "ok\nok\nbad "u8.ToArray().Append((byte)0xC3).Concat("\nok"u8.ToArray()).ToArray();
        var reader = new Utf8LineReader(new MemoryStream(bytes));
        await reader.ReadLineAsync(CancellationToken.None);
        await reader.ReadLineAsync(CancellationToken.None);

        var ex = await Assert.ThrowsAsync<CorpusFormatException>(async () => await reader.ReadLineAsync(CancellationToken.None));

        Assert.Equal(3, ex.Line);
        Assert.Equal("not valid UTF-8: save the file as UTF-8", ex.Message);
    }

    [Fact]
    public async Task ReadAsync_RawBytes_AvailableWithoutDecoding()
    {
        var reader = new Utf8LineReader(new MemoryStream([0xFF, (byte)'\r', (byte)'\n', (byte)'x']));

        Assert.True(await reader.ReadAsync(CancellationToken.None));
        Assert.Equal([0xFF], reader.LineBytes.ToArray());
        Assert.True(await reader.ReadAsync(CancellationToken.None));
        Assert.Equal(2, reader.LineNumber);
        Assert.False(await reader.ReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ReadAsync_SkipLongLines_LongLinePassedOverAndNumberedWhateverTheChunks()
    {
        var text = $"short\n{new string('x', 5000)}\r\nafter\n{new string('y', 3000)}";
        var reader = new Utf8LineReader(new TrickleStream(Encoding.UTF8.GetBytes(text), 300), maxLineBytes: 1024, skipLongLines: true);
        var seen = new List<(int, string, bool)>();

        while (await reader.ReadAsync(CancellationToken.None))
        {
            seen.Add((reader.LineNumber, reader.DecodeLine(), reader.LineTooLong));
        }

        Assert.Equal([(1, "short", false), (2, "", true), (3, "after", false), (4, "", true)], seen);
        Assert.True(reader.LastLineUnterminated);
    }

    [Fact]
    public async Task ReadAsync_LongLineWithoutSkipping_IsAnErrorNamingTheLine()
    {
        var text = $"short\n{new string('x', 5000)}\n";
        var reader = new Utf8LineReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), maxLineBytes: 1024);
        await reader.ReadAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<CorpusFormatException>(async () => await reader.ReadAsync(CancellationToken.None));

        Assert.Equal(2, error.Line);
    }

    private static async Task<List<TextLine>> ReadAllAsync(Stream stream)
    {
        var reader = new Utf8LineReader(stream);
        var lines = new List<TextLine>();
        while (await reader.ReadLineAsync(CancellationToken.None) is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    private sealed class TrickleStream(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(chunk, buffer.Length)], cancellationToken);
    }
}
