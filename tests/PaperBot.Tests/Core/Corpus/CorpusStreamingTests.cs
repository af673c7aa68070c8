using System.Text;
using Microsoft.Extensions.Time.Testing;
using PaperBot.Core.Corpus;

namespace PaperBot.Tests.Core.Corpus;

/// <summary>Large files are streamed, not loaded; cancellation stops the read.</summary>
public sealed class CorpusStreamingTests : IDisposable
{
    private const int LargeEntryCount = 200_000;
    private static readonly DateTimeOffset Today = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "paperbot-tests-" + Guid.NewGuid().ToString("N"));

    public CorpusStreamingTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ReadAsync_LargeDumpThatCannotSeek_FirstPaperLongBeforeTheEnd()
    {
        var path = await WriteLargeDumpAsync();
        await using var stream = new CountingStream(File.OpenRead(path), seekable: false);
        var reader = new CorpusFileReader(new CorpusReaderOptions(), new FakeTimeProvider(Today));

        long readAtFirstPaper = -1;
        var count = 0;
        ParsedPaper? last = null;
        await foreach (var paper in reader.ReadAsync(stream, "large.txt", CancellationToken.None))
        {
            if (count++ == 0)
            {
                readAtFirstPaper = stream.BytesRead;
            }

            last = paper;
        }

        Assert.Equal(LargeEntryCount, count);
        Assert.InRange(readAtFirstPaper, 1, 1024 * 1024);
        Assert.True(stream.BytesRead > 50L * 1024 * 1024, $"the file should be large, was {stream.BytesRead} bytes");
        Assert.Equal($"Paper {LargeEntryCount - 1}: scaling streamed parsers", last!.Paper.Title);
        // No year pass without seeking: the latest Dec 11 not after today.
        Assert.Equal(new DateOnly(2025, 4, 14), last.Paper.PublishedOn);
    }

    [Fact]
    public async Task ReadAsync_LargeSeekableDump_OnePrescanThenStreams()
    {
        var path = await WriteLargeDumpAsync();
        await using var stream = new CountingStream(File.OpenRead(path), seekable: true);
        var reader = new CorpusFileReader(new CorpusReaderOptions(), new FakeTimeProvider(Today));

        await using var papers = reader.ReadAsync(stream, "large.txt", CancellationToken.None).GetAsyncEnumerator();
        Assert.True(await papers.MoveNextAsync());

        // The year pass reads the file once; the entries then come from the start again.
        Assert.InRange(stream.BytesRead, stream.Length, stream.Length + (1024 * 1024));
        // The pass found 2022 printed, so the page is from 2023 (the unseekable read above cannot know that).
        Assert.Equal(new DateOnly(2023, 12, 11), papers.Current.Paper.DailyDate);
    }

    [Fact]
    public async Task ReadAsync_CancelledMidFile_StopsWithOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        var reader = new CorpusFileReader(new CorpusReaderOptions(), new FakeTimeProvider(Today));
        await using var stream = File.OpenRead(Path.Combine(TestPaths.CorpusDir, "001_6bca746acf7cc91f.txt"));
        var count = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in reader.ReadAsync(stream, "001.txt", CancellationToken.None).WithCancellation(cts.Token))
            {
                if (++count == 10)
                {
                    await cts.CancelAsync();
                }
            }
        });
        Assert.Equal(10, count);
    }

    [Theory]
    [InlineData("hf/hf_daily_papers_sample.json")]
    [InlineData("hf/hf_paper_sample.json")]
    [InlineData("arxiv/arxiv_sample.xml")]
    public async Task ReadAsync_AlreadyCancelled_NothingRead(string fixture)
    {
        var reader = new CorpusFileReader(new CorpusReaderOptions(), new FakeTimeProvider(Today));
        await using var stream = File.OpenRead(TestPaths.TestData(fixture));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in reader.ReadAsync(stream, fixture, new CancellationToken(canceled: true)))
            {
            }
        });
    }

    // Entries carry metadata with a printed year so that the seekable read has years to scan.
    private async Task<string> WriteLargeDumpAsync()
    {
        var path = Path.Combine(_folder, "large.txt");
        var summary = string.Join(' ', Enumerable.Repeat("Streaming keeps memory flat for any corpus size.", 5));
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        await writer.WriteAsync("new\n\nSubscribe\n\nDec 11\n\n");
        for (var i = 0; i < LargeEntryCount; i++)
        {
            var date = i % 2 == 0 ? "Jul 26, 2022" : "Apr 14 2";
            await writer.WriteAsync($"Paper {i}: scaling streamed parsers\n\n{summary}\n\n  • 3 authors\n·\n{date}\n\n");
        }

        return path;
    }

    private sealed class CountingStream(Stream inner, bool seekable) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => seekable;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position
        {
            get => seekable ? inner.Position : throw new NotSupportedException();
            set => Seek(value, SeekOrigin.Begin);
        }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override long Seek(long offset, SeekOrigin origin) =>
            seekable ? inner.Seek(offset, origin) : throw new NotSupportedException();

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Count(int read)
        {
            BytesRead += read;
            return read;
        }
    }
}
