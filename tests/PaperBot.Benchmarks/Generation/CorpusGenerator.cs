using System.Diagnostics;
using System.Text;

namespace PaperBot.Benchmarks.Generation;

/// <summary>
/// Writes the synthetic corpus as files of <see cref="EntriesPerFile"/> entries, streaming each to disk. Paper
/// <c>i</c> is the same in every size, so the 100k corpus is the 10k corpus plus nine files; files already on
/// disk (complete: they are written under a temporary name and renamed) are reused. With <paramref name="snapshot"/>
/// the same papers are written as arXiv metadata snapshot files (<c>arxiv-NNN.jsonl</c>) instead of page dumps.
/// </summary>
internal sealed class CorpusGenerator(PaperTextGenerator generator, string folder, ArxivSnapshotWriter? snapshot = null)
{
    public const int EntriesPerFile = 10_000;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The files that hold the first <paramref name="papers"/> papers.</summary>
    public IReadOnlyList<CorpusFile> Plan(int papers)
    {
        var files = new List<CorpusFile>();
        for (var index = 0; (long)index * EntriesPerFile < papers; index++)
        {
            var first = (long)index * EntriesPerFile;
            var count = (int)Math.Min(EntriesPerFile, papers - first);
            var (stem, extension) = snapshot is null ? ("page", "txt") : ("arxiv", "jsonl");
            var name = count == EntriesPerFile ? $"{stem}-{index:D3}.{extension}" : $"{stem}-{index:D3}-{count}.{extension}";
            files.Add(new CorpusFile(index, first, count, Path.Combine(folder, name)));
        }

        return files;
    }

    /// <summary>Writes the missing files for <paramref name="papers"/> papers, one file per core at a time.</summary>
    public GenerationResult Ensure(int papers, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var plan = Plan(papers);
        var missing = plan.Where(f => !File.Exists(f.Path)).ToList();
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(
            missing,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            Write);
        clock.Stop();
        return Describe(papers, missing.Count, clock.Elapsed.TotalSeconds);
    }

    /// <summary>The corpus of <paramref name="papers"/> papers without writing anything (bytes: of the files on disk, if any).</summary>
    public GenerationResult Describe(int papers, int filesWritten = 0, double seconds = 0)
    {
        var plan = Plan(papers);
        return new GenerationResult(
            Papers: papers,
            Files: plan.Count,
            FilesWritten: filesWritten,
            Bytes: plan.Where(f => File.Exists(f.Path)).Sum(f => new FileInfo(f.Path).Length),
            Seconds: seconds,
            DuplicateTitles: plan.Sum(CountDuplicates),
            Format: snapshot is null ? "page dumps" : "arXiv snapshot JSON lines");
    }

    private void Write(CorpusFile file)
    {
        var temporary = file.Path + ".partial";
        if (snapshot is not null)
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 20))
            {
                snapshot.Write(stream, file.First, file.Count);
            }

            File.Move(temporary, file.Path, overwrite: true);
            return;
        }

        var text = new StringBuilder(64 * 1024);
        using (var writer = new StreamWriter(temporary, append: false, Utf8, bufferSize: 1 << 20))
        {
            PaperTextGenerator.AppendHeader(text, file.Index);
            for (var i = 0; i < file.Count; i++)
            {
                generator.AppendEntry(text, file.First + i, firstInFile: i == 0);
                if (text.Length > 48 * 1024)
                {
                    writer.Write(text);
                    text.Clear();
                }
            }

            writer.Write(text);
        }

        File.Move(temporary, file.Path, overwrite: true);
    }

    private long CountDuplicates(CorpusFile file)
    {
        long count = 0;
        for (var i = file.First; i < file.First + file.Count; i++)
        {
            count += generator.IsDuplicate(i) ? 1 : 0;
        }

        return count;
    }
}
