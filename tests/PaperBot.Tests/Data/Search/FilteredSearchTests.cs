using PaperBot.Testing;
using PaperBot.Retrieval.Search;
using PaperBot.Core.Papers;
using PaperBot.Data.Search;
using static PaperBot.Tests.Data.Search.CategorizedPapers;

namespace PaperBot.Tests.Data.Search;

/// <summary>Category and date filters on BM25 and hybrid search, on a real SQLite file.</summary>
public sealed class FilteredSearchTests : IDisposable
{
    private readonly TestStore _store = new(pageYear: 2025);

    private static readonly Entry[] Corpus =
    [
        new("Attention for Translation", "Attention helps translation. " + Filler, "cs.CL cs.LG", "2024-03-10"),
        new("Attention in Vision", "Attention for images. " + Filler, "cs.CV", "2024-07-01"),
        new("Attention and Statistics", "Attention, a statistical view. " + Filler, "stat.ML cs.LG", "2023-12-31"),
        new("Attention in Biology", "Attention to proteins. " + Filler, "q-bio.BM", "2024-01-01"),
        new("Attention Without a Date", "Attention, undated. " + Filler, "cs.CL", null),
    ];

    public static TheoryData<SearchMode> Modes => [SearchMode.Bm25, SearchMode.Hybrid];

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task SearchAsync_Category_OnlyPapersInIt(SearchMode mode)
    {
        await AddAsync(_store, Corpus);

        var hits = await Search(mode).SearchAsync("attention", 10, new SearchFilter { Categories = ["cs.LG"] }, CancellationToken.None);

        Assert.Equal(["Attention and Statistics", "Attention for Translation"], hits.Select(h => h.Title).Order());
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task SearchAsync_PrefixAndSeveralCategories_AnyOfThem(SearchMode mode)
    {
        await AddAsync(_store, Corpus);

        var cs = await Search(mode).SearchAsync("attention", 10, new SearchFilter { Categories = ["cs."] }, CancellationToken.None);
        var two = await Search(mode).SearchAsync("attention", 10, new SearchFilter { Categories = ["cs.CV", "q-bio.BM"] }, CancellationToken.None);

        Assert.Equal(["Attention Without a Date", "Attention and Statistics", "Attention for Translation", "Attention in Vision"], cs.Select(h => h.Title).Order(StringComparer.Ordinal));
        Assert.Equal(["Attention in Biology", "Attention in Vision"], two.Select(h => h.Title).Order());
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task SearchAsync_DateBounds_BothEndsIncludedAndUndatedPapersLeftOut(SearchMode mode)
    {
        await AddAsync(_store, Corpus);

        var filter = new SearchFilter { Since = new DateOnly(2024, 1, 1), Until = new DateOnly(2024, 7, 1) };
        var hits = await Search(mode).SearchAsync("attention", 10, filter, CancellationToken.None);
        var since = await Search(mode).SearchAsync("attention", 10, new SearchFilter { Since = new DateOnly(2024, 3, 10) }, CancellationToken.None);

        Assert.Equal(["Attention for Translation", "Attention in Biology", "Attention in Vision"], hits.Select(h => h.Title).Order());
        Assert.Equal(["Attention for Translation", "Attention in Vision"], since.Select(h => h.Title).Order());
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task SearchAsync_CategoryAndDates_BothMustHold(SearchMode mode)
    {
        await AddAsync(_store, Corpus);

        var filter = new SearchFilter { Categories = ["cs.CL", "cs.LG"], Since = new DateOnly(2024, 1, 1) };
        var hits = await Search(mode).SearchAsync("attention", 10, filter, CancellationToken.None);

        Assert.Equal("Attention for Translation", Assert.Single(hits).Title);
    }

    [Fact]
    public async Task SearchAsync_Filtered_SameOrderAsUnfilteredAmongAllowedPapers()
    {
        await AddAsync(_store, Corpus);
        var filter = new SearchFilter { Categories = ["cs."] };

        var any = await _store.Search.SearchAsync("attention statistical", 10, CancellationToken.None);
        var filtered = await _store.Search.SearchAsync("attention statistical", 10, filter, CancellationToken.None);

        Assert.NotEmpty(filtered);
        Assert.Equal(any.Where(h => h.Categories.Any(c => c.StartsWith("cs.", StringComparison.Ordinal))).Select(h => (h.Id, h.Score)), filtered.Select(h => (h.Id, h.Score)));
    }

    [Fact]
    public async Task SearchAsync_NoPaperHasEveryWordInTheFilter_FallsBackToAnyWord()
    {
        await AddAsync(_store, Corpus);

        var hits = await _store.Search.SearchAsync("proteins translation", 10, new SearchFilter { Categories = ["q-bio.BM"] }, CancellationToken.None);

        Assert.Equal("Attention in Biology", Assert.Single(hits).Title);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task SearchAsync_NothingAllowed_ReturnsNothing(SearchMode mode)
    {
        await AddAsync(_store, Corpus);

        Assert.Empty(await Search(mode).SearchAsync("attention", 10, new SearchFilter { Categories = ["hep-th"] }, CancellationToken.None));
        Assert.Empty(await Search(mode).SearchAsync("attention", 10, new SearchFilter { Since = new DateOnly(2030, 1, 1) }, CancellationToken.None));
    }

    [Fact]
    public async Task SearchAsync_EmptyFilter_SameAsUnfiltered()
    {
        await AddAsync(_store, Corpus);

        var plain = await _store.Search.SearchAsync("attention", 10, CancellationToken.None);
        var none = await _store.Search.SearchAsync("attention", 10, SearchFilter.None, CancellationToken.None);

        Assert.Equal(plain.Select(h => (h.Id, h.Score)), none.Select(h => (h.Id, h.Score)));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task SearchAsync_Hits_CarryTheirCategoriesPrimaryFirst(SearchMode mode)
    {
        await AddAsync(_store, Corpus);

        var filtered = await Search(mode).SearchAsync("translation", 5, new SearchFilter { Categories = ["cs.CL"] }, CancellationToken.None);
        var plain = await Search(mode).SearchAsync("translation", 5, CancellationToken.None);

        Assert.Equal(["cs.CL", "cs.LG"], filtered[0].Categories);
        Assert.Equal(["cs.CL", "cs.LG"], plain.Single(h => h.Title == "Attention for Translation").Categories);
    }

    [Fact]
    public async Task SearchAsync_HybridWithVectors_DenseNeighboursOutsideTheFilterLeftOut()
    {
        // "low precision" shares no word with either paper; only the embedder links it to both.
        var ids = await AddAsync(_store,
            new Entry("Shrinking Weights to Four Bits", "We store every weight in four bits. " + Filler, "cs.LG", "2024-01-01"),
            new Entry("Four Bit Chemistry", "Four bits per atom. " + Filler, "physics.chem-ph", "2024-01-01"),
            new Entry("Pipelines Across Devices", "Layers are spread over many accelerators. " + Filler, "cs.DC", "2024-01-01"));
        var embedder = new FakeEmbedder(["quantization", "four bits", "low precision"], ["pipeline", "accelerators"]);
        await EmbedAllAsync(embedder);
        var search = _store.HybridSearch(embedder);

        var unfiltered = await search.SearchAsync("low precision quantization", 5, CancellationToken.None);
        var filtered = await search.SearchAsync("low precision quantization", 5, new SearchFilter { Categories = ["physics."] }, CancellationToken.None);

        Assert.Contains(ids["Shrinking Weights to Four Bits"], unfiltered.Select(h => h.Id));
        Assert.Equal("Four Bit Chemistry", filtered[0].Title);
        Assert.All(filtered, h => Assert.Equal(["physics.chem-ph"], h.Categories));
    }

    [Fact]
    public async Task GetCategoriesAsync_EveryCategoryWithItsPapers_MostPapersFirst()
    {
        await AddAsync(_store, Corpus);

        var categories = await _store.Store.GetCategoriesAsync(CancellationToken.None);

        Assert.Equal(
            [new("cs.CL", 2), new("cs.LG", 2), new("cs.CV", 1), new("q-bio.BM", 1), new("stat.ML", 1)],
            categories);
    }

    [Fact]
    public async Task GetCategoriesAsync_NoCategories_Empty()
    {
        Assert.Empty(await _store.Store.GetCategoriesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GetAsync_StoredPaper_CarriesItsCategories()
    {
        var ids = await AddAsync(_store, Corpus);

        var paper = await _store.Store.GetAsync(ids["Attention and Statistics"], CancellationToken.None);

        Assert.Equal(["stat.ML", "cs.LG"], paper!.Paper.Categories);
    }

    public void Dispose() => _store.Dispose();

    private SqlitePaperSearch Search(SearchMode mode) => mode == SearchMode.Hybrid ? _store.HybridSearch() : _store.Search;

    private async Task EmbedAllAsync(FakeEmbedder embedder)
    {
        var missing = await _store.Embeddings.GetMissingAsync(embedder.ModelId, 100, CancellationToken.None);
        var vectors = await embedder.EmbedDocumentsAsync(missing.Select(m => m.Text).ToList(), CancellationToken.None);
        await _store.Embeddings.SaveAsync(embedder.ModelId, missing.Select((m, i) => (m.Id, vectors[i])).ToList(), CancellationToken.None);
    }
}
