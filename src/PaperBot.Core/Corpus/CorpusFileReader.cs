using System.Runtime.CompilerServices;

namespace PaperBot.Core.Corpus;

/// <summary>
/// Reads one corpus file of any supported format (<see cref="CorpusFormat"/>) as a stream of papers.
/// Files are streamed, never loaded whole, so a corpus file may be larger than memory. Every problem with
/// the file's content is a <see cref="CorpusFormatException"/> with a one-line reason.
/// </summary>
public sealed class CorpusFileReader(CorpusReaderOptions options, TimeProvider time)
{
    // Enough for any page header, JSON opening or XML prologue; more would only delay the first paper.
    internal const int HeadSize = 8 * 1024;

    private readonly CorpusReaderOptions _options = options ?? throw new ArgumentNullException(nameof(options));
    private readonly TimeProvider _time = time ?? throw new ArgumentNullException(nameof(time));

    /// <summary>
    /// Detects the format (<see cref="DetectFormat"/> on the first bytes) and streams the papers, seeking the
    /// stream back (or replaying the bytes already read, when it cannot seek) as needed. The stream is not
    /// disposed. Errors: <see cref="CorpusFormatException"/> naming the reason, and the line when known.
    /// </summary>
    public IAsyncEnumerable<ParsedPaper> ReadAsync(Stream stream, string fileName, CancellationToken cancellationToken) =>
        ReadAsync(stream, fileName, badEntry: null, cancellationToken);

    /// <summary>
    /// As <see cref="ReadAsync(Stream, string, CancellationToken)"/>; formats that can lose one entry and keep the rest
    /// (the arXiv metadata snapshot, one paper a line) hand each bad entry to <paramref name="badEntry"/> and go on.
    /// A gzip-compressed file (whatever its name) is decompressed on the fly.
    /// </summary>
    public IAsyncEnumerable<ParsedPaper> ReadAsync(
        Stream stream, string fileName, Action<CorpusFormatException>? badEntry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream must be readable.", nameof(stream));
        }

        return ReadCoreAsync(stream, fileName, badEntry, cancellationToken);
    }

    /// <summary>
    /// Sniffs the format from the first bytes (up to 8 KiB) and the file name's extension,
    /// which only breaks ties. Throws <see cref="CorpusFormatException"/> for empty, binary and HTML files.
    /// </summary>
    public static CorpusFormat DetectFormat(ReadOnlySpan<byte> head, string fileName) =>
        CorpusFormatSniffer.Detect(head, fileName ?? string.Empty);

    private async IAsyncEnumerable<ParsedPaper> ReadCoreAsync(
        Stream stream, string fileName, Action<CorpusFormatException>? badEntry, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var start = stream.CanSeek ? stream.Position : 0;
        var head = new byte[HeadSize];
        var headLength = await stream.ReadAtLeastAsync(head, HeadSize, throwOnEndOfStream: false, cancellationToken);
        var isGzip = GzipCorpusStream.IsGzip(head.AsSpan(0, headLength));
        var format = isGzip ? default : DetectFormat(head.AsSpan(0, headLength), fileName);

        Stream source = stream;
        if (stream.CanSeek)
        {
            stream.Seek(start, SeekOrigin.Begin);
        }
        else
        {
            source = new ReplayStream(head.AsMemory(0, headLength), stream);
        }

        if (isGzip)
        {
            await using var decompressed = await GzipCorpusStream.OpenAsync(source, cancellationToken);
            var inner = ReadCoreAsync(decompressed, Path.GetFileNameWithoutExtension(fileName), badEntry, cancellationToken);
            await using var entries = inner.GetAsyncEnumerator(cancellationToken);
            var lastLine = 0;
            while (await MoveNextAsync(entries, lastLine))
            {
                lastLine = entries.Current.Line;
                yield return entries.Current;
            }

            yield break;
        }

        var papers = format switch
        {
            CorpusFormat.ArxivSnapshot => ArxivSnapshotParser.ParseAsync(source, badEntry, cancellationToken),
            CorpusFormat.HuggingFaceJson => HuggingFaceJsonParser.ParseAsync(
                source, CorpusFormatSniffer.StartsWithArray(head.AsSpan(0, headLength)), cancellationToken),
            CorpusFormat.ArxivAtom => ArxivAtomParser.ParseAsync(source, cancellationToken),
            _ => await ParsePageDumpAsync(source, start, cancellationToken),
        };

        await foreach (var paper in papers.WithCancellation(cancellationToken))
        {
            yield return paper;
        }
    }

    // Formats read whole-or-nothing learn of a cut gzip stream here, at the last entry they gave.
    private static async ValueTask<bool> MoveNextAsync(IAsyncEnumerator<ParsedPaper> entries, int lastLine)
    {
        try
        {
            return await entries.MoveNextAsync();
        }
        catch (GzipTruncatedException error)
        {
            throw new CorpusFormatException(GzipTruncatedException.Reason(lastLine), lastLine, error);
        }
        catch (InvalidDataException error)
        {
            throw new CorpusFormatException($"damaged gzip data after line {lastLine}: download the file again", lastLine, error);
        }
    }

    private async Task<IAsyncEnumerable<ParsedPaper>> ParsePageDumpAsync(Stream stream, long start, CancellationToken cancellationToken)
    {
        // The year rule needs every printed year before the first entry can be dated, hence a first pass;
        // a stream that cannot seek back gets the rule without printed years.
        int? maxExplicitYear = null;
        if (_options.PageYear is null && stream.CanSeek)
        {
            maxExplicitYear = await PageDumpYearScanner.FindMaxExplicitYearAsync(stream, cancellationToken);
            stream.Seek(start, SeekOrigin.Begin);
        }

        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var parser = new PageDumpParser(new Utf8LineReader(stream), _options.PageYear, maxExplicitYear, today);
        return parser.ParseAsync(cancellationToken);
    }
}
