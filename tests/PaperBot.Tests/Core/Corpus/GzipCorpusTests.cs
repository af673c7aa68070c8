using Microsoft.Extensions.Time.Testing;
using PaperBot.Core.Corpus;

namespace PaperBot.Tests.Core.Corpus;

/// <summary>Any corpus format gzip-compressed: read as if it were plain, and a cut stream named, not taken as complete.</summary>
public sealed class GzipCorpusTests
{
    private static readonly CorpusFileReader Reader = new(new CorpusReaderOptions { PageYear = 2025 }, new FakeTimeProvider());

    [Fact]
    public async Task ReadAsync_GzippedPageDump_SamePapersAsThePlainFile()
    {
        var file = Directory.GetFiles(TestPaths.CorpusDir, "*.txt").Order(StringComparer.Ordinal).First();
        var plain = await File.ReadAllBytesAsync(file);

        var expected = await ReadAsync(new MemoryStream(plain), "page.txt");
        var actual = await ReadAsync(new MemoryStream(SnapshotLines.Gzip(System.Text.Encoding.UTF8.GetString(plain))), "page.txt.gz");

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(p => (p.Paper.Title, p.Line)), actual.Select(p => (p.Paper.Title, p.Line)));
    }

    [Fact]
    public async Task ReadAsync_TruncatedGzippedPageDump_FileErrorNamingTheLastEntryRead()
    {
        var file = Directory.GetFiles(TestPaths.CorpusDir, "*.txt").Order(StringComparer.Ordinal).First();
        var gzip = SnapshotLines.Gzip(await File.ReadAllTextAsync(file));

        var error = await Assert.ThrowsAsync<CorpusFormatException>(() => ReadAsync(new MemoryStream(gzip[..(gzip.Length * 2 / 3)]), "page.txt.gz"));

        Assert.Contains("gzip stream ends early", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 0, "names the last entry read");
    }

    [Fact]
    public void DetectFormat_DamagedGzipHead_SaysDownloadAgain()
    {
        var error = Assert.Throws<CorpusFormatException>(() => CorpusFileReader.DetectFormat([0x1f, 0x8b, 0x08, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x03, 0xFF, 0xFF, 0xFF], "x.gz"));

        Assert.Contains("download it again", error.Message, StringComparison.Ordinal);
    }

    private static async Task<List<ParsedPaper>> ReadAsync(Stream stream, string name)
    {
        var papers = new List<ParsedPaper>();
        await foreach (var paper in Reader.ReadAsync(stream, name, CancellationToken.None))
        {
            papers.Add(paper);
        }

        return papers;
    }
}
