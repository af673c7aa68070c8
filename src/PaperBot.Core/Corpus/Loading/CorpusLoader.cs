using System.Security.Cryptography;

namespace PaperBot.Core.Corpus.Loading;

/// <summary>
/// An ingest, whatever the store: expands the paths, reads each file once, and loads it through the store's
/// <see cref="ICorpusSink"/> in a transaction of its own, so a bad file leaves nothing behind and the good files beside
/// it are kept; a file whose content was ingested before (same SHA-256, same category filter) is skipped.
/// </summary>
public sealed class CorpusLoader(CorpusFileReader reader, TimeProvider time, ICorpusLoadLog log)
{
    /// <summary>
    /// Loads <paramref name="paths"/> into the sink <paramref name="openSink"/> opens (only when there is a file to load).
    /// See <see cref="ICorpusIngestor"/> for <paramref name="stopAfterFile"/> and <paramref name="cancellationToken"/>.
    /// </summary>
    public async Task<IngestReport> LoadAsync(
        Func<ICorpusSink> openSink,
        IReadOnlyList<string> paths,
        CategoryFilter categories,
        IProgress<IngestProgress>? progress,
        CancellationToken stopAfterFile,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(openSink);
        ArgumentNullException.ThrowIfNull(categories);
        var (files, missing) = CorpusFiles.Expand(paths);
        var tally = new IngestTally();
        foreach (var path in missing)
        {
            tally.Fail(new IngestFileError(path, null, "no such file or folder"));
        }

        if (files.Count == 0)
        {
            return tally.ToReport();
        }

        var sizes = files.Select(SizeOf).ToList();
        var reporter = new IngestProgressReporter(progress, time, files.Count, sizes.Sum());
        using var sink = openSink();
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (stopAfterFile.IsCancellationRequested)
            {
                // Each file is its own transaction, so stopping between two leaves nothing half-written.
                return tally.ToReport() with { Stopped = true, NotStarted = files.Count - i };
            }

            var kept = await LoadFileAsync(sink, files[i], categories, tally, reporter, cancellationToken);
            reporter.FileDone(sizes[i], kept);
        }

        return tally.ToReport();
    }

    /// <summary>Loads one file in its own transaction; true when its entries were committed.</summary>
    private async Task<bool> LoadFileAsync(
        ICorpusSink sink, string path, CategoryFilter categories, IngestTally tally, IngestProgressReporter reporter, CancellationToken cancellationToken)
    {
        FileStream? stream = null;
        string key;
        CorpusFormat format;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
            key = SourceKey(Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken)), categories);
            format = CorpusFileReader.DetectFormat(await ReadHeadAsync(stream, cancellationToken), path);
        }
        catch (Exception error)
        {
            // The file handle is closed on every way out, not left to the garbage collector (it locks the file on Windows).
            if (stream is not null)
            {
                await stream.DisposeAsync();
            }

            if (error is IOException or UnauthorizedAccessException or CorpusFormatException)
            {
                Fail(tally, path, error);
                return false;
            }

            throw;
        }

        await using (stream)
        {
            await using var load = await sink.BeginFileAsync(path, key, format, cancellationToken);
            if (load is null)
            {
                tally.Skip();
                log.FileSkipped(path);
                return false;
            }

            try
            {
                long entries = 0, added = 0, filteredOut = 0;
                var bad = new BadEntries(path);
                await foreach (var parsed in reader.ReadAsync(stream, path, bad.Add, cancellationToken))
                {
                    if (!categories.Matches(parsed.Paper.Categories))
                    {
                        filteredOut++;
                        continue;
                    }

                    entries++;
                    added += await load.UpsertAsync(parsed.Paper, parsed.Line, cancellationToken) ? 1 : 0;
                    reporter.PaperRead(stream.Position);
                    cancellationToken.ThrowIfCancellationRequested();
                }

                await load.CommitAsync(entries, cancellationToken);
                tally.Ingest(entries, added);
                tally.FilterOut(filteredOut);
                tally.Reject(bad);
                log.FileIngested(path, entries, added, entries - added);
                if (bad.Count > 0)
                {
                    log.BadEntriesSkipped(path, bad.Count, bad.Errors.First().ToString());
                }

                return true;
            }
            catch (Exception error) when (error is CorpusFormatException or IOException or UnauthorizedAccessException)
            {
                // Disposing the uncommitted load rolls the file back.
                Fail(tally, path, error);
                return false;
            }
        }
    }

    // A filtered ingest loads part of a file: the same file under another filter (or none) is not the same load.
    private static string SourceKey(string contentHash, CategoryFilter categories) =>
        categories.IsAll ? contentHash : $"{contentHash} categories={categories}";

    private void Fail(IngestTally tally, string path, Exception error)
    {
        var failure = error switch
        {
            CorpusFormatException format => new IngestFileError(path, format.Line, format.Message),
            UnauthorizedAccessException => new IngestFileError(path, null, "permission denied: make the file readable"),
            _ => new IngestFileError(path, null, $"cannot read the file: {error.Message}"),
        };
        tally.Fail(failure);
        log.FileFailed(path, failure.ToString());
    }

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Reading it will fail with a clear reason; here it only weighs nothing in the time left.
            return 0;
        }
    }

    private static async Task<byte[]> ReadHeadAsync(FileStream stream, CancellationToken cancellationToken)
    {
        stream.Position = 0;
        var head = new byte[(int)Math.Min(8192, stream.Length)];
        await stream.ReadExactlyAsync(head, cancellationToken);
        stream.Position = 0;
        return head;
    }
}
