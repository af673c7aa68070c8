using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using PaperBot.Core.Corpus;
using PaperBot.Data.Database;
using SQLite;

namespace PaperBot.Data.Ingest;

/// <summary>
/// Loads corpus files: each file in its own transaction, so a bad file leaves nothing behind and the good
/// files beside it are kept; a file whose content was ingested before (same SHA-256) is skipped.
/// </summary>
internal sealed class CorpusIngestor(
    SqliteDatabase database,
    CorpusFileReader reader,
    TimeProvider time,
    ILogger<CorpusIngestor> logger) : ICorpusIngestor
{
    public Task<IngestReport> IngestAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken) =>
        IngestAsync(paths, CategoryFilter.All, cancellationToken);

    public Task<IngestReport> IngestAsync(IReadOnlyList<string> paths, CategoryFilter categories, CancellationToken cancellationToken) =>
        IngestAsync(paths, categories, progress: null, stopAfterFile: CancellationToken.None, cancellationToken);

    public async Task<IngestReport> IngestAsync(
        IReadOnlyList<string> paths, CategoryFilter categories, IProgress<IngestProgress>? progress, CancellationToken stopAfterFile, CancellationToken cancellationToken)
    {
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
        using var connection = database.Open();
        using var writer = new PaperWriter(connection, time);
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (stopAfterFile.IsCancellationRequested)
            {
                // Each file is its own transaction, so stopping between two leaves nothing half-written.
                return tally.ToReport() with { Stopped = true, NotStarted = files.Count - i };
            }

            var kept = await IngestFileAsync(connection, writer, files[i], categories, tally, reporter, cancellationToken);
            reporter.FileDone(sizes[i], kept);
        }

        return tally.ToReport();
    }

    /// <summary>Loads one file in its own transaction; true when its entries were committed.</summary>
    private async Task<bool> IngestFileAsync(
        SQLiteConnection connection, PaperWriter writer, string path, CategoryFilter categories, IngestTally tally,
        IngestProgressReporter reporter, CancellationToken cancellationToken)
    {
        FileStream? stream = null;
        string hash;
        CorpusFormat format;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
            hash = SourceKey(Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken)), categories);
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
            try
            {
                // IMMEDIATE takes the write lock now, so two processes loading the same file cannot both insert it.
                connection.Execute("BEGIN IMMEDIATE");
                if (connection.ExecuteScalar<int>("SELECT count(*) FROM source_files WHERE content_hash = ?", hash) > 0)
                {
                    connection.Execute("ROLLBACK");
                    tally.Skip();
                    Log.FileSkipped(logger, path);
                    return false;
                }

                connection.Execute(
                    "INSERT INTO source_files(path, content_hash, format, entries, ingested_at) VALUES(?, ?, ?, 0, ?)",
                    path, hash, format.ToString(), time.GetUtcNow().ToString("O"));
                var sourceId = SQLite3.LastInsertRowid(connection.Handle);
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
                    added += await writer.UpsertAsync(parsed.Paper, sourceId, parsed.Line) ? 1 : 0;
                    reporter.PaperRead(stream.Position);
                    cancellationToken.ThrowIfCancellationRequested();
                }

                await writer.FlushAsync();
                connection.Execute("UPDATE source_files SET entries = ? WHERE id = ?", entries, sourceId);
                connection.Execute("COMMIT");
                tally.Ingest(entries, added);
                tally.FilterOut(filteredOut);
                tally.Reject(bad);
                Log.FileIngested(logger, path, entries, added, entries - added);
                if (bad.Count > 0)
                {
                    Log.BadEntriesSkipped(logger, path, bad.Count, bad.Errors.First().ToString());
                }

                return true;
            }
            catch (Exception error) when (error is CorpusFormatException or IOException or UnauthorizedAccessException)
            {
                Rollback(connection, writer);
                Fail(tally, path, error);
                return false;
            }
            catch (SQLiteException error)
            {
                Rollback(connection, writer);
                throw StoreErrors.Translate(error, database.FilePath);
            }
            catch
            {
                Rollback(connection, writer);
                throw;
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
        Log.FileFailed(logger, path, failure.ToString());
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

    private static void Rollback(SQLiteConnection connection, PaperWriter writer)
    {
        writer.Discard();
        try
        {
            connection.Execute("ROLLBACK");
        }
        catch (SQLiteException)
        {
            // No transaction was open (BEGIN itself failed): nothing to undo.
        }
    }
}
