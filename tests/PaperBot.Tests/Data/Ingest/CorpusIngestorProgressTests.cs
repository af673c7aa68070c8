using PaperBot.Core.Corpus;

namespace PaperBot.Tests.Data.Ingest;

public sealed class CorpusIngestorProgressTests : IDisposable
{
    private const string Abstract = "We study a problem at length. The method works well on many benchmarks and is simple to use.";
    private readonly TestStore _store = new(pageYear: 2025);

    [Fact]
    public async Task IngestAsync_WithProgress_ReportsEachFileWithRunningTotalsAndAllBytesAtTheEnd()
    {
        var a = WritePapers("a.txt", "Alpha One", "Alpha Two");
        var b = WritePapers("b.txt", "Beta One", "Beta Two", "Beta Three");
        var bytes = new FileInfo(a).Length + new FileInfo(b).Length;
        var progress = new CallbackProgress<IngestProgress>();

        await _store.Ingestor.IngestAsync([a, b], CategoryFilter.All, progress, CancellationToken.None, CancellationToken.None);

        // The clock never moved, so only the file ends report.
        Assert.Equal(
            [(1, 2, new FileInfo(a).Length, 2L), (2, 2, bytes, 5L)],
            progress.Reports.Select(p => (p.FilesDone, p.FilesTotal, p.BytesDone, p.Papers)));
        Assert.All(progress.Reports, p => Assert.Equal(bytes, p.BytesTotal));
    }

    [Fact]
    public async Task IngestAsync_StopRequestedAfterFirstFile_FirstFileFullyInSecondNotStarted()
    {
        var a = WritePapers("a.txt", "Alpha One", "Alpha Two");
        var b = WritePapers("b.txt", "Beta One", "Beta Two");
        using var stop = new CancellationTokenSource();
        var progress = new CallbackProgress<IngestProgress>(p =>
        {
            if (p.FilesDone == 1)
            {
                stop.Cancel();
            }
        });

        var report = await _store.Ingestor.IngestAsync([a, b], CategoryFilter.All, progress, stop.Token, CancellationToken.None);

        Assert.True(report.Stopped);
        Assert.Equal((1, 1, 1, 2L), (report.Files, report.Ingested, report.NotStarted, report.Entries));
        Assert.Equal(["Alpha One", "Alpha Two"], Titles());
        Assert.Equal(1, _store.Count("source_files"));
        Assert.Equal(2, _store.Count("paper_sources"));
    }

    [Fact]
    public async Task IngestAsync_AbortedMidFile_RollsBackThatFileAndKeepsTheOneBefore()
    {
        var a = WritePapers("a.txt", "Alpha One");
        var b = WritePapers("b.txt", "Beta One", "Beta Two", "Beta Three");
        using var abort = new CancellationTokenSource();
        var progress = new CallbackProgress<IngestProgress>(p =>
        {
            if (p.FilesDone == 1 && p.Papers == 1)
            {
                // Time passes before the next file, so its first paper reports: the abort lands inside its transaction.
                _store.Time.Advance(TimeSpan.FromSeconds(1));
            }
            else if (p.FilesDone == 1)
            {
                abort.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _store.Ingestor.IngestAsync([a, b], CategoryFilter.All, progress, CancellationToken.None, abort.Token));

        Assert.Contains(progress.Reports, p => p is { FilesDone: 1, Papers: 2 });
        Assert.Equal(["Alpha One"], Titles());
        Assert.Equal(1, _store.Count("source_files"));
        Assert.Equal(1, _store.Count("paper_sources"));
        Assert.Equal(1, _store.Count("papers_fts"));
    }

    public void Dispose() => _store.Dispose();

    private string WritePapers(string name, params string[] titles) =>
        _store.WriteFile(name, PageDumps.Page("Dec 4", [.. titles.Select(t => (t, Abstract, (string?)null))]));

    private List<string> Titles() => _store.Database.Read(c => c.QueryScalars<string>("SELECT title FROM papers ORDER BY title"));
}
