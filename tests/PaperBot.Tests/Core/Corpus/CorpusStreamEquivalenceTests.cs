using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using PaperBot.Core.Corpus;

namespace PaperBot.Tests.Core.Corpus;

/// <summary>CRLF line endings, a UTF-8 BOM and unseekable streams change nothing about the papers read.</summary>
public sealed class CorpusStreamEquivalenceTests
{
    private static readonly DateTimeOffset Today = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Fixtures { get; } = new(
        Directory.GetFiles(TestPaths.CorpusDir, "*.txt")
            .Concat([TestPaths.TestData("hf/hf_daily_papers_sample.json"), TestPaths.TestData("hf/hf_paper_sample.json"),
                TestPaths.TestData("arxiv/arxiv_sample.xml")])
            .Select(Path.GetFullPath));

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task ReadAsync_CrlfAndBom_SamePapersAsPlainFile(string path)
    {
        var plain = await File.ReadAllTextAsync(path);
        Assert.DoesNotContain('\r', plain);
        var windows = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(plain.Replace("\n", "\r\n", StringComparison.Ordinal)));

        var expected = await ReadAsync(Encoding.UTF8.GetBytes(plain), path, seekable: true);
        var actual = await ReadAsync(windows.ToArray(), path, seekable: true);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task ReadAsync_StreamCannotSeek_SamePapers(string path)
    {
        // Every bundled page date has passed in 2025 by "today", so the year rule agrees without the year pass.
        var bytes = await File.ReadAllBytesAsync(path);

        var expected = await ReadAsync(bytes, path, seekable: true);
        var actual = await ReadAsync(bytes, path, seekable: false);

        Assert.Equal(expected, actual);
    }

    // Papers hold lists, which records compare by reference; their JSON compares by content.
    private static async Task<List<string>> ReadAsync(byte[] bytes, string path, bool seekable)
    {
        var reader = new CorpusFileReader(new CorpusReaderOptions(), new FakeTimeProvider(Today));
        await using Stream stream = seekable ? new MemoryStream(bytes) : new UnseekableStream(bytes);
        var papers = new List<string>();
        await foreach (var paper in reader.ReadAsync(stream, Path.GetFileName(path), CancellationToken.None))
        {
            papers.Add(JsonSerializer.Serialize(paper));
        }

        return papers;
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        // Small reads make the replayed head and the rest of the stream meet inside a line.
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(1000, buffer.Length)], cancellationToken);
    }
}
