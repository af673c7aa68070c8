using PaperBot.Data.Database;
namespace PaperBot.Tests.Data;

public sealed class SqlitePaperStoreTests : IDisposable
{
    private readonly TestStore _store = new(pageYear: 2025);

    public SqlitePaperStoreTests()
    {
        var report = _store.Ingestor.IngestAsync([TestPaths.CorpusDir, TestPaths.TestData("arxiv/arxiv_sample.xml")], CancellationToken.None).GetAwaiter().GetResult();
        Assert.Equal(0, report.Failed);
    }

    [Theory]
    [InlineData("2002.00741")]
    [InlineData("http://arxiv.org/abs/2002.00741v1")]
    [InlineData("Déjà vu: A Contextualized Temporal Attention Mechanism for Sequential Recommendation")]
    [InlineData("deja vu a contextualized")]
    [InlineData("contextualized temporal attention sequential recommendation")]
    public async Task FindAsync_IdUrlTitlePrefixOrWords_FindsThePaper(string typed)
    {
        var paper = await _store.Store.FindAsync(typed, CancellationToken.None);

        Assert.NotNull(paper);
        Assert.Equal("2002.00741", paper.Paper.ArxivId);
        Assert.Equal("https://arxiv.org/pdf/2002.00741", paper.PdfUrl);
    }

    [Fact]
    public async Task FindAsync_NumericId_IsTheRowId()
    {
        var hit = (await _store.Search.SearchAsync("GPipe", 1, CancellationToken.None))[0];

        var byId = await _store.Store.FindAsync($"#{hit.Id}", CancellationToken.None);

        Assert.NotNull(byId);
        Assert.Equal(hit.Title, byId.Paper.Title);
        Assert.NotEmpty(byId.Sources);
    }

    [Theory]
    [InlineData("")]
    [InlineData("99999999")]
    [InlineData("zzzzqqqq xxyyzz")]
    public async Task FindAsync_Nothing_ReturnsNull(string typed)
    {
        Assert.Null(await _store.Store.FindAsync(typed, CancellationToken.None));
    }

    [Fact]
    public async Task GetStatsAsync_AfterIngest_CountsPapersAndFiles()
    {
        var stats = await _store.Store.GetStatsAsync(CancellationToken.None);

        Assert.Equal(_store.Count("papers"), stats.Papers);
        Assert.Equal(3, stats.WithArxivId);
        Assert.Equal(6, stats.SourceFiles);
        Assert.Equal(Schema.CurrentVersion, stats.SchemaVersion);
        Assert.True(stats.DatabaseBytes > 0);
        Assert.Equal(_store.DatabasePath, stats.DatabasePath);
    }

    public void Dispose() => _store.Dispose();
}
