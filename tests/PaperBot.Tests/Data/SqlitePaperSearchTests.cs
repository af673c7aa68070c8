namespace PaperBot.Tests.Data;

public sealed class SqlitePaperSearchTests : IDisposable
{
    private const string Filler = "This sentence is about nothing in particular and keeps the abstract long enough.";
    private readonly TestStore _store = new(pageYear: 2025);

    [Fact]
    public async Task SearchAsync_WordInTitle_OutranksSameWordInAbstract()
    {
        await IngestAsync(
            ("Methods for Other Things", "We apply quantization to several models. " + Filler),
            ("Quantization of Large Models", "We study how to compress models. " + Filler));

        var hits = await _store.Search.SearchAsync("quantization", 10, CancellationToken.None);

        Assert.Equal(["Quantization of Large Models", "Methods for Other Things"], hits.Select(h => h.Title));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public async Task SearchAsync_StemmedForms_Match()
    {
        await IngestAsync(("Training Sparse Networks", "Sparsity helps when networks are trained carefully. " + Filler));

        var hits = await _store.Search.SearchAsync("train network", 10, CancellationToken.None);

        Assert.Equal("Training Sparse Networks", Assert.Single(hits).Title);
    }

    [Fact]
    public async Task SearchAsync_NoPaperHasAllWords_FallsBackToAnyWord()
    {
        await IngestAsync(("Pipeline Parallelism at Scale", Filler), ("Unrelated Title", Filler));

        var hits = await _store.Search.SearchAsync("pipeline zebra", 10, CancellationToken.None);

        Assert.Equal("Pipeline Parallelism at Scale", Assert.Single(hits).Title);
    }

    [Fact]
    public async Task SearchAsync_Phrase_RequiresAdjacentWords()
    {
        await IngestAsync(("Attention Is Sparse", "Flash memory and attention heads. " + Filler), ("Flash Attention Kernels", Filler));

        var hits = await _store.Search.SearchAsync("\"flash attention\"", 10, CancellationToken.None);

        Assert.Equal("Flash Attention Kernels", Assert.Single(hits).Title);
    }

    [Fact]
    public async Task SearchAsync_Snippet_IsTheSentenceWithTheQueryWords()
    {
        await IngestAsync(("A Study", "First we say nothing. Then we describe gradient checkpointing in detail. " + Filler));

        var hit = Assert.Single(await _store.Search.SearchAsync("checkpointing", 10, CancellationToken.None));

        Assert.Equal("Then we describe gradient checkpointing in detail.", hit.Snippet);
    }

    [Fact]
    public async Task SearchAsync_BundledCorpus_FindsGPipeForPipelineParallelism()
    {
        await _store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None);

        var hits = await _store.Search.SearchAsync("pipeline parallelism giant networks", 5, CancellationToken.None);

        Assert.StartsWith("GPipe", hits[0].Title);
    }

    [Theory]
    [InlineData("gpipe", "GPipe: Efficient Training of Giant Neural Networks using Pipeline Parallelism")]
    [InlineData("GPipe: Efficient Tr", "GPipe: Efficient Training of Giant Neural Networks using Pipeline Parallelism")]
    [InlineData("giant neural net", "GPipe: Efficient Training of Giant Neural Networks using Pipeline Parallelism")]
    [InlineData("training of giant networks using pipe", "GPipe: Efficient Training of Giant Neural Networks using Pipeline Parallelism")]
    public async Task CompleteTitleAsync_PrefixOrWordPrefixes_SuggestsTheTitle(string typed, string expected)
    {
        await _store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None);

        var suggestions = await _store.Search.CompleteTitleAsync(typed, 25, CancellationToken.None);

        Assert.Contains(expected, suggestions.Select(s => s.Title));
        Assert.True(suggestions.Count <= 25);
    }

    [Fact]
    public async Task CompleteTitleAsync_TitlePrefixMatches_ComeBeforeWordMatches()
    {
        await IngestAsync(("Sparse Training Revisited", Filler), ("Efficient Sparse Models", Filler));

        var suggestions = await _store.Search.CompleteTitleAsync("sparse", 25, CancellationToken.None);

        Assert.Equal(["Sparse Training Revisited", "Efficient Sparse Models"], suggestions.Select(s => s.Title));
    }

    [Fact]
    public async Task SearchAsync_EmptyDatabase_ReturnsNothing()
    {
        Assert.Empty(await _store.Search.SearchAsync("anything", 10, CancellationToken.None));
    }

    public void Dispose() => _store.Dispose();

    private async Task IngestAsync(params (string Title, string Abstract)[] papers)
    {
        var path = _store.WriteFile($"{Guid.NewGuid():N}.txt", PageDumps.Page("Dec 4", papers.Select(p => (p.Title, p.Abstract, (string?)null)).ToArray()));
        var report = await _store.Ingestor.IngestAsync([path], CancellationToken.None);
        Assert.Equal(0, report.Failed);
    }
}
