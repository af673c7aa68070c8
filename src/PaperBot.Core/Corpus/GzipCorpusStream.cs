using System.Buffers.Binary;
using System.IO.Compression;

namespace PaperBot.Core.Corpus;

/// <summary>
/// Decompresses a gzip corpus file on the fly. .NET's <see cref="GZipStream"/> ends quietly when the data stops
/// early, so a cut download would look complete: when the file can seek, the size gzip records in its last four
/// bytes (the uncompressed length mod 2^32) is compared with what came out, and a mismatch is a
/// <see cref="GzipTruncatedException"/>. Files of several gzip members (bgzip) record only the last member's size
/// and are reported as cut short too: gunzip them, or compress them again with gzip.
/// </summary>
internal sealed class GzipCorpusStream : Stream
{
    private readonly GZipStream _gzip;
    private readonly uint? _expectedSize;
    private long _produced;

    private GzipCorpusStream(Stream compressed, uint? expectedSize)
    {
        _gzip = new GZipStream(compressed, CompressionMode.Decompress, leaveOpen: true);
        _expectedSize = expectedSize;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>True when the bytes start with the gzip magic number (1f 8b), whatever the file is called.</summary>
    public static bool IsGzip(ReadOnlySpan<byte> head) => head.Length >= 2 && head[0] == 0x1f && head[1] == 0x8b;

    /// <summary>Opens <paramref name="compressed"/> at its current position, which must be the first gzip byte.</summary>
    public static async Task<GzipCorpusStream> OpenAsync(Stream compressed, CancellationToken cancellationToken)
    {
        uint? expected = null;
        if (compressed.CanSeek && compressed.Length - compressed.Position >= 18)
        {
            var start = compressed.Position;
            var trailer = new byte[4];
            compressed.Seek(-4, SeekOrigin.End);
            await compressed.ReadExactlyAsync(trailer, cancellationToken);
            compressed.Seek(start, SeekOrigin.Begin);
            expected = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        }

        return new GzipCorpusStream(compressed, expected);
    }

    /// <summary>Decompresses what a head of a gzip file holds (for sniffing); an incomplete end is fine here.</summary>
    public static byte[] DecompressHead(ReadOnlySpan<byte> head, int maxLength)
    {
        using var gzip = new GZipStream(new MemoryStream(head.ToArray()), CompressionMode.Decompress);
        var buffer = new byte[maxLength];
        try
        {
            var length = gzip.ReadAtLeast(buffer, maxLength, throwOnEndOfStream: false);
            return buffer[..length];
        }
        catch (InvalidDataException ex)
        {
            throw new CorpusFormatException("a damaged gzip file (its start is not valid gzip data): download it again", null, ex);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) => Count(_gzip.Read(buffer), buffer.Length);

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await _gzip.ReadAsync(buffer, cancellationToken), buffer.Length);

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
            _gzip.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(int read, int requested)
    {
        _produced += read;
        if (read == 0 && requested > 0 && _expectedSize is { } expected && (uint)_produced != expected)
        {
            throw new GzipTruncatedException();
        }

        return read;
    }
}
