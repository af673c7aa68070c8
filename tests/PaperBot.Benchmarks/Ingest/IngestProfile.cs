using System.Diagnostics;
using System.Security.Cryptography;
using PaperBot.Core.Corpus;
using PaperBot.Core.Text;
using PaperBot.Data.Papers;
using PaperBot.Data.Vectors;

namespace PaperBot.Benchmarks.Ingest;

/// <summary>
/// Times, on the same files and without a database, the work PaperBot's ingest does besides SQL: the SHA-256
/// pass, the page-year scan pass, parsing, and the per-paper preparation (title key, timestamp, dates). Ingest
/// time minus these is PaperBot's SQL time, to hold against the baseline's.
/// </summary>
internal static class IngestProfile
{
    public static async Task<IReadOnlyDictionary<string, double>> RunAsync(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var phases = new Dictionary<string, double>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            await using var stream = Open(file);
            _ = await SHA256.HashDataAsync(stream, cancellationToken);
        }

        phases["read + SHA-256 pass"] = clock.Elapsed.TotalSeconds;

        clock.Restart();
        foreach (var file in files)
        {
            await using var stream = Open(file);
            _ = await PageDumpYearScanner.FindMaxExplicitYearAsync(stream, cancellationToken);
        }

        phases["page-year scan pass"] = clock.Elapsed.TotalSeconds;

        clock.Restart();
        long normalizeTicks = 0, prepareTicks = 0, entries = 0, checksum = 0;
        var reader = new CorpusFileReader(new CorpusReaderOptions(), TimeProvider.System);
        foreach (var file in files)
        {
            await using var stream = Open(file);
            await foreach (var parsed in reader.ReadAsync(stream, file, cancellationToken))
            {
                entries++;
                var start = Stopwatch.GetTimestamp();
                checksum += TitleNormalizer.Normalize(parsed.Paper.Title).Length;
                var normalized = Stopwatch.GetTimestamp();
                checksum += TimeProvider.System.GetUtcNow().ToString("O").Length
                    + (PaperRowMapper.FormatDate(parsed.Paper.PublishedOn)?.Length ?? 0)
                    + (PaperRowMapper.FormatDate(parsed.Paper.DailyDate)?.Length ?? 0);
                var prepared = Stopwatch.GetTimestamp();
                normalizeTicks += normalized - start;
                prepareTicks += prepared - normalized;
            }
        }

        var parseAll = clock.Elapsed.TotalSeconds;
        var normalize = (double)normalizeTicks / Stopwatch.Frequency;
        var prepare = (double)prepareTicks / Stopwatch.Frequency;
        phases["parse (second pass)"] = Math.Max(0, parseAll - normalize - prepare - phases["page-year scan pass"]);
        phases["title key (TitleNormalizer)"] = normalize;
        phases["timestamp + date formatting"] = prepare;
        GC.KeepAlive(checksum);
        await TimeTermVectorsAsync(files, phases, cancellationToken);
        return phases;
    }

    /// <summary>
    /// The CPU cost of the sparse vectors PaperBot computes at ingest (TermIndexWriter.Compute and Encode, one
    /// TermCounter kept for the run as TermVectorPipeline hands its counter on), on one thread. Papers are read
    /// first, outside the timing, a file at a time.
    /// </summary>
    private static async Task TimeTermVectorsAsync(IReadOnlyList<string> files, Dictionary<string, double> phases, CancellationToken cancellationToken)
    {
        var reader = new CorpusFileReader(new CorpusReaderOptions(), TimeProvider.System);
        var counter = new TermCounter();
        long ticks = 0, checksum = 0;
        foreach (var file in files)
        {
            var papers = new List<(string Title, string Abstract)>(10_000);
            await using (var stream = Open(file))
            {
                await foreach (var parsed in reader.ReadAsync(stream, file, cancellationToken))
                {
                    papers.Add((parsed.Paper.Title, parsed.Paper.Abstract));
                }
            }

            var start = Stopwatch.GetTimestamp();
            foreach (var (title, summary) in papers)
            {
                checksum += TermIndexWriter.Compute(counter, title, summary).Encode().Length;
            }

            ticks += Stopwatch.GetTimestamp() - start;
        }

        GC.KeepAlive(checksum);
        phases["(worker thread) term vectors: count, stem, encode"] = (double)ticks / Stopwatch.Frequency;
    }

    private static FileStream Open(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
}
