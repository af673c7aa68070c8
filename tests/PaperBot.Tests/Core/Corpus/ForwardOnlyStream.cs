namespace PaperBot.Tests.Core.Corpus;

/// <summary>
/// A stream that cannot seek (like a pipe or a download), hands out at most <c>chunk</c> bytes a read, and
/// records the largest read asked of it: a reader that buffered a whole line would ask for its length.
/// </summary>
internal sealed class ForwardOnlyStream(Stream inner, int chunk = int.MaxValue) : Stream
{
    public int LargestRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        LargestRead = Math.Max(LargestRead, buffer.Length);
        return inner.Read(buffer[..Math.Min(chunk, buffer.Length)]);
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        LargestRead = Math.Max(LargestRead, buffer.Length);
        return inner.ReadAsync(buffer[..Math.Min(chunk, buffer.Length)], cancellationToken);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

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
}
