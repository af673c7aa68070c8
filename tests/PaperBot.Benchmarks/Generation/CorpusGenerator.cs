using System.Diagnostics;
using System.Text;

namespace PaperBot.Benchmarks.Generation;

/// <summary>
/// Writes the synthetic corpus as files of <see cref="EntriesPerFile"/> entries, streaming each to disk. Paper
/// <c>i</c> is the same in every size, so the 100k corpus is the 10k corpus plus nine files; files already on
/// disk (complete: they are written under a temporary name and renamed) are reused.
/// </summary>
internal sealed class CorpusGenerator(PaperTextGenerator generator, string folder)
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
            var name = count == EntriesPerFile ? $"page-{index:D3}.txt" : $"page-{index:D3}-{count}.txt";
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

        var duplicates = plan.Sum(f => CountDuplicates(f));
        return new GenerationResult(
            Papers: papers,
            Files: plan.Count,
            FilesWritten: missing.Count,
            Bytes: plan.Sum(f => new FileInfo(f.Path).Length),
            Seconds: clock.Elapsed.TotalSeconds,
            DuplicateTitles: duplicates);
    }

    private void Write(CorpusFile file)
    {
        var temporary = file.Path + ".partial";
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
