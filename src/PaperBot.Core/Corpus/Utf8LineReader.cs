using System.Text;

namespace PaperBot.Core.Corpus;

/// <summary>
/// Reads a UTF-8 stream one line at a time with exact 1-based line numbers. Lines end at <c>\n</c>; a
/// trailing <c>\r</c> is dropped and a BOM before the first line is skipped, so CRLF and BOM files read
/// exactly like LF files. Decoding is strict and per line, so a bad byte is reported on its own line.
/// A line longer than <c>maxLineBytes</c> is an error, or, with <c>skipLongLines</c>, passed over without being
/// buffered (<see cref="LineTooLong"/>), so one runaway line in a large file costs neither memory nor the file.
/// </summary>
internal sealed class Utf8LineReader(Stream stream, int maxLineBytes = Utf8LineReader.MaxLineBytes, bool skipLongLines = false)
{
    /// <summary>
    /// Page dump lines are a few KB; the cap keeps a file without line breaks from being buffered whole.
    /// </summary>
    internal const int MaxLineBytes = 4 * 1024 * 1024;

    private const int InitialBufferSize = 64 * 1024;
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private byte[] _buffer = new byte[Math.Min(InitialBufferSize, maxLineBytes)];
    private int _start;
    private int _end;
    private bool _endOfStream;
    private int _lineStart;
    private int _lineLength;
    private bool _skipping;

    /// <summary>The number of the line last read (0 before the first).</summary>
    public int LineNumber { get; private set; }

    /// <summary>The raw bytes of the line last read, valid until the next read.</summary>
    public ReadOnlySpan<byte> LineBytes => _buffer.AsSpan(_lineStart, _lineLength);

    /// <summary>True when the line last read was longer than the limit and skipped (its <see cref="LineBytes"/> are empty).</summary>
    public bool LineTooLong { get; private set; }

    /// <summary>True when the stream's last line had no line break (it may have been cut short).</summary>
    public bool LastLineUnterminated { get; private set; }

    /// <summary>Moves to the next line; false at the end of the stream.</summary>
    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        var scanned = 0;
        while (true)
        {
            var newline = _buffer.AsSpan(_start + scanned, _end - _start - scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var length = scanned + newline;
                SetLine(_start, _skipping ? 0 : length);
                _start += length + 1;
                return true;
            }

            if (_endOfStream)
            {
                if (_start == _end)
                {
                    return false;
                }

                SetLine(_start, _skipping ? 0 : _end - _start);
                _start = _end;
                LastLineUnterminated = true;
                return true;
            }

            scanned = _end - _start;
            if (skipLongLines && scanned >= maxLineBytes)
            {
                // Forget what was read of the line and look only for its end from here on.
                _skipping = true;
                _start = _end;
                scanned = 0;
            }

            await FillAsync(cancellationToken);
        }
    }

    /// <summary>Decodes the line last read; invalid UTF-8 is a <see cref="CorpusFormatException"/> naming the line.</summary>
    public string DecodeLine()
    {
        try
        {
            return Strict.GetString(LineBytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new CorpusFormatException($"not valid UTF-8: save the file as UTF-8", LineNumber, ex);
        }
    }

    /// <summary>Reads and decodes the next line; null at the end of the stream.</summary>
    public async ValueTask<TextLine?> ReadLineAsync(CancellationToken cancellationToken) =>
        await ReadAsync(cancellationToken) ? new TextLine(LineNumber, DecodeLine()) : null;

    private void SetLine(int start, int length)
    {
        LineNumber++;
        LineTooLong = _skipping;
        _skipping = false;
        if (length > 0 && _buffer[start + length - 1] == (byte)'\r')
        {
            length--;
        }

        if (LineNumber == 1 && _buffer.AsSpan(start, length).StartsWith("\uFEFF"u8))
        {
            start += 3;
            length -= 3;
        }

        _lineStart = start;
        _lineLength = length;
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= maxLineBytes)
            {
                var number = LineNumber + 1;
                throw new CorpusFormatException(
                    $"a line longer than {maxLineBytes / (1024 * 1024)} MiB: not a text corpus file (or its line breaks are missing)",
                    number);
            }

            Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, maxLineBytes));
        }

        var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        if (read == 0)
        {
            _endOfStream = true;
        }
        else
        {
            _end += read;
        }
    }
}
