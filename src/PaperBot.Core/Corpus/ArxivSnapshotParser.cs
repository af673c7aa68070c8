using System.Runtime.CompilerServices;

namespace PaperBot.Core.Corpus;

/// <summary>
/// Streams Cornell's arXiv metadata snapshot (<c>arxiv-metadata-oai-snapshot.json</c>: one JSON object per
/// line, millions of lines) line by line, so memory stays flat whatever the file size. A bad line (not JSON,
/// no title, an unknown category, longer than <see cref="MaxLineBytes"/>, cut short) is handed to
/// <c>badLine</c> and skipped, keeping the good lines around it; without a handler it ends the file.
/// </summary>
internal static class ArxivSnapshotParser
{
    /// <summary>The longest abstracts are a few KB; a longer line is damage, skipped without being buffered.</summary>
    internal const int MaxLineBytes = 1024 * 1024;

    public static async IAsyncEnumerable<ParsedPaper> ParseAsync(
        Stream stream, Action<CorpusFormatException>? badLine, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lines = new Utf8LineReader(stream, MaxLineBytes, skipLongLines: true);
        while (await ReadLineAsync(lines, badLine, cancellationToken))
        {
            ParsedPaper? parsed = null;
            try
            {
                parsed = Parse(lines);
            }
            catch (CorpusFormatException error)
            {
                Report(badLine, error);
            }

            if (parsed is not null)
            {
                yield return parsed;
            }
        }
    }

    private static ParsedPaper? Parse(Utf8LineReader lines)
    {
        if (lines.LineTooLong)
        {
            throw new CorpusFormatException(
                $"a line longer than {MaxLineBytes / (1024 * 1024)} MiB, not a paper (line breaks missing?): skipped", lines.LineNumber);
        }

        var bytes = lines.LineBytes;
        if (bytes.Trim(" \t"u8).IsEmpty)
        {
            return null;
        }

        try
        {
            return new ParsedPaper(ArxivSnapshotLine.Parse(bytes), lines.LineNumber);
        }
        catch (CorpusFormatException error) when (lines.LastLineUnterminated && error.InnerException is not null)
        {
            throw new CorpusFormatException("the last line is cut short (file truncated?): download the snapshot again", lines.LineNumber, error);
        }
        catch (CorpusFormatException error)
        {
            throw new CorpusFormatException(error.Message, lines.LineNumber, error);
        }
    }

    // A gzip file that ends early is reported at the last line read; the lines before it are kept.
    private static async ValueTask<bool> ReadLineAsync(Utf8LineReader lines, Action<CorpusFormatException>? badLine, CancellationToken cancellationToken)
    {
        try
        {
            return await lines.ReadAsync(cancellationToken);
        }
        catch (GzipTruncatedException error)
        {
            Report(badLine, new CorpusFormatException(GzipTruncatedException.Reason(lines.LineNumber), lines.LineNumber, error));
            return false;
        }
    }

    private static void Report(Action<CorpusFormatException>? badLine, CorpusFormatException error)
    {
        if (badLine is null)
        {
            throw error;
        }

        badLine(error);
    }
}
