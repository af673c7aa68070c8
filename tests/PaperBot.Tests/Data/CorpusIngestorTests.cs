using Microsoft.Extensions.Logging.Abstractions;
using System.Text;
using PaperBot.Core.Text;
using PaperBot.Data.Ingest;

namespace PaperBot.Tests.Data;

public sealed class CorpusIngestorTests : IDisposable
{
    private const string LongAbstract = "We study a problem at length. The method works well on many benchmarks and is simple to use.";
    private readonly TestStore _store = new(pageYear: 2025);

    [Fact]
    public async Task IngestAsync_BundledCorpusTwice_SameRowsAsDistinctTitlesInTheFiles()
    {
        // Count the papers independently: distinct normalized titles over everything the parser reads.
        var titles = new HashSet<string>();
        long entries = 0;
        foreach (var file in Directory.GetFiles(TestPaths.CorpusDir, "*.txt"))
        {
            await using var stream = File.OpenRead(file);
            await foreach (var parsed in _store.Reader.ReadAsync(stream, file, CancellationToken.None))
            {
                entries++;
                titles.Add(TitleNormalizer.Normalize(parsed.Paper.Title));
            }
        }

        var first = await _store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None);
        var rowsAfterFirst = _store.Count("papers");
        var second = await _store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None);

        Assert.Equal(titles.Count, rowsAfterFirst);
        Assert.Equal(rowsAfterFirst, _store.Count("papers"));
        Assert.Equal(rowsAfterFirst, _store.Count("papers_fts"));
        Assert.Equal((5, 5, 0, 0), (first.Files, first.Ingested, first.Skipped, first.Failed));
        Assert.Equal(entries, first.Entries);
        Assert.Equal(titles.Count, first.New);
        Assert.Equal(entries - titles.Count, first.Merged);
        Assert.Equal((5, 0, 5, 0), (second.Files, second.Ingested, second.Skipped, second.Failed));
        Assert.Equal(entries, _store.Count("paper_sources"));
    }

    [Fact]
    public async Task IngestAsync_SameContentUnderAnotherName_IsSkipped()
    {
        var content = PageDumps.Page("Dec 4", ("A Paper About Things", LongAbstract, null));
        var a = _store.WriteFile("a.txt", content);
        var b = _store.WriteFile("copy/b.txt", content);

        var report = await _store.Ingestor.IngestAsync([a, b], CancellationToken.None);

        Assert.Equal((1, 1), (report.Ingested, report.Skipped));
        Assert.Equal(1, _store.Count("source_files"));
    }

    [Fact]
    public async Task IngestAsync_BadFilesBesideGoodOnes_KeepsGoodAndNamesEachBadFileWithLine()
    {
        var good = _store.WriteFile("good.txt", PageDumps.Page("Dec 4", ("Good Paper One", LongAbstract, PageDumps.Authors(3, "Apr 14 2"))));
        // Truncated mid-entry: the first entry is complete, the second ends before its abstract.
        var truncated = _store.WriteFile("truncated.txt", PageDumps.Page("Dec 4", ("Complete Entry In A Bad File", LongAbstract, null)) + "Title Without Abstract\n");
        var binary = _store.WriteFile("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0x10]);
        var empty = _store.WriteFile("empty.txt", string.Empty);
        var html = _store.WriteFile("page.txt", "<!DOCTYPE html>\n<html><body>Daily Papers</body></html>\n");
        var notUtf8 = _store.WriteFile("latin1.txt", Encoding.Latin1.GetBytes(PageDumps.Page("Dec 4", ("Caf\u00e9 Networks", LongAbstract, null))));

        var report = await _store.Ingestor.IngestAsync([good, truncated, binary, empty, html, notUtf8, Path.Combine(_store.Folder, "missing.txt")], CancellationToken.None);

        Assert.Equal(1, report.Ingested);
        Assert.Equal(6, report.Failed);
        Assert.Equal(["Good Paper One"], _store.Database.Read(c => c.QueryScalars<string>("SELECT title FROM papers")));
        Assert.Equal(1, _store.Count("source_files"));
        var errors = report.Errors.ToDictionary(e => Path.GetFileName(e.Path));
        Assert.NotNull(errors["truncated.txt"].Line);
        Assert.Contains("truncated", errors["truncated.txt"].Reason);
        Assert.Contains("binary", errors["binary.txt"].Reason);
        Assert.Contains("empty", errors["empty.txt"].Reason);
        Assert.Contains("HTML", errors["page.txt"].Reason);
        Assert.Contains("UTF-8", errors["latin1.txt"].Reason);
        Assert.Equal(13, errors["latin1.txt"].Line); // the title line, where the Latin-1 "é" is
        Assert.Contains("no such file", errors["missing.txt"].Reason);
        Assert.All(report.Errors, e => Assert.DoesNotContain('\n', e.ToString()));
    }

    [Fact]
    public async Task IngestAsync_CrlfAndBom_ReadLikeThePlainFile()
    {
        var plain = PageDumps.Page("Dec 4", ("Windows Paper", LongAbstract, PageDumps.Authors(2, "Jul 26, 2022")));
        var path = _store.WriteFile("windows.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(plain.Replace("\n", "\r\n"))]);

        var report = await _store.Ingestor.IngestAsync([path], CancellationToken.None);

        Assert.Equal(0, report.Failed);
        var paper = await _store.Store.FindAsync("Windows Paper", CancellationToken.None);
        Assert.NotNull(paper);
        Assert.Equal(LongAbstract, paper.Paper.Abstract);
        Assert.Equal(new DateOnly(2022, 7, 26), paper.Paper.PublishedOn);
        Assert.Equal(2, paper.Paper.AuthorCount);
    }

    [Fact]
    public async Task IngestAsync_SamePaperInPageDumpAndHuggingFaceJson_MergesKeepingRichestMetadata()
    {
        var json = File.ReadAllText(TestPaths.TestData("hf/hf_paper_sample.json"));
        var page = _store.WriteFile("page.txt", PageDumps.Page("Aug 12",
            ("BDH-CQ: In-Context Learning with Recurrent Latent Reasoning", "Short abstract.", PageDumps.Authors(9, "Aug 10 900"))));
        var api = _store.WriteFile("paper.json", json);

        var report = await _store.Ingestor.IngestAsync([page, api], CancellationToken.None);

        Assert.Equal((2L, 1L, 1L), (report.Entries, report.New, report.Merged));
        var paper = await _store.Store.FindAsync("2608.09888", CancellationToken.None);
        Assert.NotNull(paper);
        Assert.Equal("2608.09888", paper.Paper.ArxivId);
        Assert.Equal(900, paper.Paper.Upvotes);                       // the larger count
        Assert.Equal(9, paper.Paper.Authors.Count);                   // names from the API
        Assert.True(paper.Paper.Abstract.Length > 200);               // the fuller abstract
        Assert.Equal("https://github.com/pathwaycom/arc-task-gen", paper.Paper.GithubUrl);
        Assert.Equal(2, paper.Sources.Count);
        var hits = await _store.Search.SearchAsync("recurrent latent reasoning", 5, CancellationToken.None);
        Assert.Equal(paper.Id, Assert.Single(hits).Id);               // the index follows the merged row
    }

    [Fact]
    public async Task IngestAsync_SameTitleDifferentArxivIds_StaysTwoPapers()
    {
        var feed = File.ReadAllText(TestPaths.TestData("arxiv/arxiv_sample.xml"));
        var first = _store.WriteFile("a.xml", feed);
        var second = _store.WriteFile("b.xml", feed.Replace("2002.00741v1", "2401.00001v1"));

        await _store.Ingestor.IngestAsync([first, second], CancellationToken.None);

        Assert.Equal(2, _store.Database.Read(c => c.ExecuteScalar<long>("SELECT count(*) FROM papers WHERE title LIKE 'D%vu:%'")));
    }

    [Fact]
    public async Task IngestAsync_EveryFormatInOneFolder_LoadsAll()
    {
        File.Copy(TestPaths.TestData("hf/hf_daily_papers_sample.json"), Path.Combine(_store.Folder, "daily.json"));
        File.Copy(TestPaths.TestData("arxiv/arxiv_sample.xml"), Path.Combine(_store.Folder, "feed.xml"));
        _store.WriteFile("notes.md", "# not a corpus file, left alone in folders");

        var report = await _store.Ingestor.IngestAsync([_store.Folder], CancellationToken.None);

        Assert.Equal((2, 0), (report.Ingested, report.Failed));
        Assert.Equal(6, _store.Count("papers"));
    }

    [Fact]
    public async Task IngestAsync_CancelledHalfWayThroughAFile_KeepsEarlierFilesAndNothingOfThatOne()
    {
        var first = _store.WriteFile("first.txt", PageDumps.Page("Dec 4", ("The Earlier File", LongAbstract, null)));
        var big = _store.WriteFile("second.txt", PageDumps.Page("Dec 4",
            Enumerable.Range(0, 2000).Select(i => ($"Paper number {i}", LongAbstract, (string?)null)).ToArray()));
        using var cancel = new CancellationTokenSource();
        // The ingest reads the clock once per new paper: cancel deterministically after 700 of the second file.
        var clock = new CancellingClock(cancel, afterCalls: 2 + 1 + 700);
        var ingestor = new CorpusIngestor(_store.Database, _store.Reader, clock, NullLogger<CorpusIngestor>.Instance);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ingestor.IngestAsync([first, big], cancel.Token));

        Assert.Equal(["The Earlier File"], _store.Database.Read(c => c.QueryScalars<string>("SELECT title FROM papers")));
        Assert.Equal(1, _store.Count("source_files"));
        Assert.Equal(1, _store.Count("papers_fts"));
        Assert.Empty(await _store.Search.SearchAsync("paper number", 10, CancellationToken.None)); // the index holds none of them
    }

    /// <summary>A clock that cancels a token on its Nth reading.</summary>
    private sealed class CancellingClock(CancellationTokenSource cancel, int afterCalls) : TimeProvider
    {
        private int _calls;

        public override DateTimeOffset GetUtcNow()
        {
            if (Interlocked.Increment(ref _calls) == afterCalls)
            {
                cancel.Cancel();
            }

            return new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
        }
    }

    public void Dispose() => _store.Dispose();
}
