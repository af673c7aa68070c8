using PaperBot.Core.Corpus;
using PaperBot.Tests.Core.Corpus;

namespace PaperBot.Tests.Data;

/// <summary>The arXiv metadata snapshot through the real ingest into a real SQLite file.</summary>
public sealed class ArxivSnapshotIngestTests : IDisposable
{
    private const string PageAbstract = "We study a problem at length. The method works well on many benchmarks and is simple to use.";
    private readonly TestStore _store = new(pageYear: 2025);

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task IngestAsync_Snapshot_StoresCategoriesOnThePaperAndOneRowEach()
    {
        var report = await _store.Ingestor.IngestAsync([TestPaths.TestData("arxiv/metadata-snapshot-sample.jsonl")], CancellationToken.None);

        Assert.Equal((1, 4L, 4L), (report.Ingested, report.New, report.Entries));
        Assert.Equal("cs.CV cs.DC cs.LG", Categories("1811.06965"));
        Assert.Equal(["cs.CV", "cs.DC", "cs.LG"], CategoryRows("1811.06965"));
        Assert.Equal(6, _store.Count("paper_categories"));
    }

    [Fact]
    public async Task IngestAsync_PapersWithoutCategories_NoCategoryRows()
    {
        var dump = _store.WriteFile("page.txt", PageDumps.Page("Dec 4", ("A Paper Without Categories", PageAbstract, null)));

        await _store.Ingestor.IngestAsync([dump], CancellationToken.None);

        Assert.Equal(1, _store.Count("papers"));
        Assert.Equal(0, _store.Count("paper_categories"));
        Assert.Null(_store.Database.Read(c => c.ExecuteScalar<string?>("SELECT categories FROM papers")));
    }

    [Fact]
    public async Task IngestAsync_UpdatedSnapshot_UpdatesTheRowInPlaceWithTheUnionOfCategories()
    {
        var first = _store.WriteFile("snapshot-1.json", SnapshotLines.File(
            SnapshotLines.Line("2101.00001", "Sparse Attention", "cs.CL"),
            SnapshotLines.Line("2101.00002", "Dense Attention", "cs.LG")));
        var second = _store.WriteFile("snapshot-2.json", SnapshotLines.File(
            SnapshotLines.Line("2101.00001v2", "Sparse Attention", "cs.CL cs.LG", SnapshotLines.Abstract + " A second version says more about the method."),
            SnapshotLines.Line("2101.00002", "Dense Attention", "cs.LG")));
        await _store.Ingestor.IngestAsync([first], CancellationToken.None);
        var id = PaperId("2101.00001");

        var report = await _store.Ingestor.IngestAsync([second], CancellationToken.None);

        Assert.Equal((1, 0L, 2L), (report.Ingested, report.New, report.Merged));
        Assert.Equal(2, _store.Count("papers"));
        Assert.Equal(2, _store.Count("papers_fts"));
        Assert.Equal(id, PaperId("2101.00001"));
        Assert.EndsWith("says more about the method.", _store.Database.Read(c => c.ExecuteScalar<string>("SELECT abstract FROM papers WHERE id = ?", id)), StringComparison.Ordinal);
        Assert.Equal("cs.CL cs.LG", Categories("2101.00001"));
        Assert.Equal(["cs.CL", "cs.LG"], CategoryRows("2101.00001"));
        Assert.Equal(3, _store.Count("paper_categories"));
    }

    [Fact]
    public async Task IngestAsync_SameArxivIdFromHuggingFaceAndSnapshot_OnePaperWithBoth()
    {
        var hf = _store.WriteFile("paper.json", """
            {"id":"2205.14135","title":"FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness",
             "summary":"Transformers are slow.","upvotes":42,"githubRepo":"https://github.com/Dao-AILab/flash-attention","authors":[{"name":"Tri Dao"}]}
            """);

        var report = await _store.Ingestor.IngestAsync([hf, TestPaths.TestData("arxiv/metadata-snapshot-sample.jsonl")], CancellationToken.None);

        Assert.Equal((2, 4L, 1L), (report.Ingested, report.New, report.Merged));
        Assert.Equal(4, _store.Count("papers"));
        Assert.Equal("cs.LG", Categories("2205.14135"));
        Assert.Equal(42, _store.Database.Read(c => c.ExecuteScalar<long>("SELECT upvotes FROM papers WHERE arxiv_id = '2205.14135'")));
        Assert.StartsWith("Transformers are slow and memory-hungry", _store.Database.Read(c => c.ExecuteScalar<string>("SELECT abstract FROM papers WHERE arxiv_id = '2205.14135'")), StringComparison.Ordinal);
        Assert.Equal(["cs.LG"], CategoryRows("2205.14135"));
    }

    [Fact]
    public async Task IngestAsync_CategoryFilter_LoadsOnlyMatchingPapersAndCountsTheRestIncludingPapersWithoutCategories()
    {
        var dump = _store.WriteFile("page.txt", PageDumps.Page("Dec 4", ("A Paper Without Categories", PageAbstract, null)));

        var report = await _store.Ingestor.IngestAsync(
            [TestPaths.TestData("arxiv/metadata-snapshot-sample.jsonl"), dump], CategoryFilter.Parse("cs.DC,hep-ph"), CancellationToken.None);

        Assert.Equal((2, 3L, 2L), (report.Ingested, report.Entries, report.FilteredOut));
        Assert.Equal(["0704.0001", "1811.06965", "2401.09670"], ArxivIdsInStore());
    }

    [Fact]
    public async Task IngestAsync_PrefixFilter_KeepsEveryCategoryStartingWithIt()
    {
        var file = _store.WriteFile("snapshot.jsonl", SnapshotLines.File(
            SnapshotLines.Line("2101.00001", "Language", "cs.CL"),
            SnapshotLines.Line("2101.00002", "Statistics", "stat.ML math.ST"),
            SnapshotLines.Line("2101.00003", "Physics", "hep-th"),
            SnapshotLines.Line("2101.00004", "Theory", "stat.TH")));

        var report = await _store.Ingestor.IngestAsync([file], CategoryFilter.Parse("cs.,stat.ML"), CancellationToken.None);

        Assert.Equal(2, report.FilteredOut);
        Assert.Equal(["2101.00001", "2101.00002"], ArxivIdsInStore());
    }

    [Fact]
    public async Task IngestAsync_SameFileUnderAnotherFilter_LoadedAgainAndUnderTheSameFilterSkipped()
    {
        var file = TestPaths.TestData("arxiv/metadata-snapshot-sample.jsonl");
        await _store.Ingestor.IngestAsync([file], CategoryFilter.Parse("hep-ph"), CancellationToken.None);

        var same = await _store.Ingestor.IngestAsync([file], CategoryFilter.Parse("hep-ph"), CancellationToken.None);
        var wider = await _store.Ingestor.IngestAsync([file], CategoryFilter.Parse("cs."), CancellationToken.None);
        var all = await _store.Ingestor.IngestAsync([file], CancellationToken.None);

        Assert.Equal(1, same.Skipped);
        Assert.Equal((1, 3L), (wider.Ingested, wider.New));
        Assert.Equal((1, 0L, 4L), (all.Ingested, all.New, all.Merged));
        Assert.Equal(4, _store.Count("papers"));
    }

    [Fact]
    public async Task IngestAsync_BadLinesInsideTheSnapshot_GoodLinesLoadedAndEachBadLineNamed()
    {
        var file = _store.WriteFile("snapshot.jsonl", SnapshotLines.File(
            SnapshotLines.Line("2101.00001", "Good One"),
            "{ not json",
            SnapshotLines.Line("2101.00002", "Unknown Category", "cs.ZZ"),
            """{"id":"2101.00003","title":"No Abstract","categories":"cs.LG"}""",
            SnapshotLines.Line("2101.00004", "Good Two")));

        var report = await _store.Ingestor.IngestAsync([file], CancellationToken.None);

        Assert.Equal((1, 0, 2L, 3L), (report.Ingested, report.Failed, report.Entries, report.BadEntries));
        Assert.Equal([2, 3, 4], report.Errors.Select(e => e.Line ?? 0));
        Assert.All(report.Errors, e => Assert.Equal(file, e.Path));
        Assert.Equal(["2101.00001", "2101.00004"], ArxivIdsInStore());
    }

    [Fact]
    public async Task IngestAsync_ThousandsOfBadLines_CountedAllNamedTheFirstHundred()
    {
        // The first line makes it a snapshot: content, not the name, decides the format.
        var lines = Enumerable.Range(1, 250).Select(i => $"bad line {i}").Prepend(SnapshotLines.Line("2101.00001", "The Only Good One"));
        var file = _store.WriteFile("mostly-bad.jsonl", SnapshotLines.File(lines.ToArray()));

        var report = await _store.Ingestor.IngestAsync([file], CancellationToken.None);

        Assert.Equal(250, report.BadEntries);
        Assert.Equal(101, report.Errors.Count);
        Assert.Contains("150 more bad lines", report.Errors[^1].Reason, StringComparison.Ordinal);
        Assert.Equal(1, _store.Count("papers"));
    }

    [Fact]
    public async Task IngestAsync_GzipSnapshotWithAnyName_Loaded()
    {
        var file = _store.WriteFile("snapshot.download", SnapshotLines.Gzip(SnapshotLines.File(SnapshotLines.Line("2101.00001", "Compressed", "cs.CL"))));

        var report = await _store.Ingestor.IngestAsync([file], CancellationToken.None);

        Assert.Equal((1, 1L), (report.Ingested, report.New));
        Assert.Equal("ArxivSnapshot", _store.Database.Read(c => c.ExecuteScalar<string>("SELECT format FROM source_files")));
        Assert.Equal("cs.CL", Categories("2101.00001"));
    }

    private long PaperId(string arxivId) =>
        _store.Database.Read(c => c.ExecuteScalar<long>("SELECT id FROM papers WHERE arxiv_id = ?", arxivId));

    private string? Categories(string arxivId) =>
        _store.Database.Read(c => c.ExecuteScalar<string?>("SELECT categories FROM papers WHERE arxiv_id = ?", arxivId));

    private List<string> CategoryRows(string arxivId) => _store.Database.Read(c => c.QueryScalars<string>(
        "SELECT category FROM paper_categories WHERE paper_id = (SELECT id FROM papers WHERE arxiv_id = ?) ORDER BY category", arxivId));

    private List<string> ArxivIdsInStore() =>
        _store.Database.Read(c => c.QueryScalars<string>("SELECT arxiv_id FROM papers ORDER BY arxiv_id"));
}
