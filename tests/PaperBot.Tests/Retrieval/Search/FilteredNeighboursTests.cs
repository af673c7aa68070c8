using PaperBot.Testing;
using PaperBot.Retrieval.Search;
using PaperBot.Data.Search.Filters;
using static PaperBot.Tests.Data.Search.CategorizedPapers;
using PaperBot.Tests.Data;

namespace PaperBot.Tests.Retrieval.Search;

public sealed class FilteredNeighboursTests : IDisposable
{
    private readonly TestStore _store = new(pageYear: 2025);

    [Theory]
    [InlineData(1)] // allowed set larger than top x Oversample: the index is over-asked and filtered
    [InlineData(5)] // small allowed set: every allowed paper is compared exactly
    public async Task NearestAsync_NearestAllowedPaper_EvenWhenDisallowedOnesAreNearer(int top)
    {
        // Arrange: 30 papers about four bits in cs.LG, nearer the query than anything in physics: one weaker match and
        // 25 pipeline papers (more than top x Oversample when top is 1).
        var papers = Enumerable.Range(1, 30).Select(i => new Entry($"Four Bit Paper {i}", $"Four bits, four bits, quantization {i}. " + Filler, "cs.LG", "2024-01-01"))
            .Append(new Entry("Four Bit Chemistry", "Four bits per atom. " + Filler, "physics.chem-ph", "2024-01-01"))
            .Concat(Enumerable.Range(1, 25).Select(i => new Entry($"Pipelines Across Devices {i}", $"Pipeline over accelerators {i}. " + Filler, "physics.comp-ph", "2024-01-01")))
            .ToArray();
        var ids = await AddAsync(_store, papers);
        var embedder = new FakeEmbedder(["quantization", "four bits"], ["pipeline", "accelerators"]);
        var missing = await _store.Embeddings.GetMissingAsync(embedder.ModelId, 100, CancellationToken.None);
        var vectors = await embedder.EmbedDocumentsAsync(missing.Select(m => m.Text).ToList(), CancellationToken.None);
        await _store.Embeddings.SaveAsync(embedder.ModelId, missing.Select((m, i) => (m.Id, vectors[i])).ToList(), CancellationToken.None);
        var pipelines = ids.Where(p => p.Key.StartsWith("Pipelines", StringComparison.Ordinal)).Select(p => p.Value);
        var allowed = (top == 1 ? pipelines : pipelines.Take(2)).Append(ids["Four Bit Chemistry"]).ToHashSet();

        // Act
        var nearest = await FilteredNeighbours.NearestAsync(_store.Dense(embedder), "four bits quantization", top, _ => Task.FromResult<IReadOnlySet<long>>(allowed), CancellationToken.None);

        // Assert
        Assert.NotEmpty(nearest);
        Assert.All(nearest, id => Assert.Contains(id, allowed));
        Assert.Equal(ids["Four Bit Chemistry"], nearest[0]);
    }

    [Fact]
    public async Task NearestAsync_NoModel_NothingAndNoAllowedSetRead()
    {
        var read = false;

        var nearest = await FilteredNeighbours.NearestAsync(_store.Dense(), "anything", 5, _ => { read = true; return Task.FromResult<IReadOnlySet<long>>(new HashSet<long>()); }, CancellationToken.None);

        Assert.Empty(nearest);
        Assert.False(read);
    }

    public void Dispose() => _store.Dispose();
}
