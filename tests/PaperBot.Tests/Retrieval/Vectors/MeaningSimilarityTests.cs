using PaperBot.Testing;
using PaperBot.Tests.Data;

namespace PaperBot.Tests.Retrieval.Vectors;

public sealed class MeaningSimilarityTests : IDisposable
{
    private readonly TestStore _store = new();

    [Fact]
    public async Task ToPassagesAsync_ModelAndVectors_CosinesInOrderAndEachPassageEmbeddedOnce()
    {
        var embedder = new FakeEmbedder(["quantization", "four bits"], ["pipeline", "accelerators"]);
        await SaveVectorAsync(embedder);
        var meaning = _store.Meaning(embedder);
        string[] passages = ["We store weights in four bits.", "Layers run across accelerators."];

        var first = await meaning.ToPassagesAsync("quantization", passages, CancellationToken.None);
        var calls = embedder.Calls;
        var again = await meaning.ToPassagesAsync("quantization", passages, CancellationToken.None);

        Assert.NotNull(first);
        Assert.True(first[0] > 0.9 && first[1] < 0.1, string.Join(", ", first));
        Assert.Equal(first, again);
        Assert.Equal(calls, embedder.Calls);
    }

    [Fact]
    public async Task ToPassagesAsync_NoModelOrNoStoredVectorOrFailingModel_Unknown()
    {
        var embedder = new FakeEmbedder(["pipeline"]);
        Assert.Null(await _store.Meaning().ToPassagesAsync("pipeline", ["a pipeline"], CancellationToken.None));
        Assert.Null(await _store.Meaning(embedder).ToPassagesAsync("pipeline", ["a pipeline"], CancellationToken.None));

        await SaveVectorAsync(embedder);
        var failing = new FakeEmbedder(["pipeline"]) { Fail = true };
        Assert.Null(await _store.Meaning(failing).ToPassagesAsync("pipeline", ["a pipeline"], CancellationToken.None));
    }

    [Fact]
    public async Task BetweenPapers_TwoStoredVectors_TheirCosine()
    {
        var ids = await AddPapersAsync(("Four Bits", "Weights in four bits."), ("Pipelines", "Layers across accelerators."));
        await _store.Embeddings.SaveAsync("fake-embedding", [(ids[0], [1f, 0f]), (ids[1], [1f, 1f])], CancellationToken.None);
        var meaning = _store.Meaning(new FakeEmbedder(["x"], ["y"]));

        Assert.Equal(Math.Sqrt(0.5), meaning.BetweenPapers(ids[0], ids[1])!.Value, 5);
        Assert.Null(meaning.BetweenPapers(ids[0], ids[1] + 100));
    }

    private async Task SaveVectorAsync(FakeEmbedder embedder)
    {
        var ids = await AddPapersAsync(("Some Paper", "Some text about quantization."));
        var vectors = await embedder.EmbedDocumentsAsync(["Some text about quantization."], CancellationToken.None);
        await _store.Embeddings.SaveAsync(embedder.ModelId, [(ids[0], vectors[0])], CancellationToken.None);
    }

    private async Task<List<long>> AddPapersAsync(params (string Title, string Abstract)[] papers)
    {
        var path = _store.WriteFile($"{Guid.NewGuid():N}.txt", PageDumps.Page("Dec 4", papers.Select(p => (p.Title, p.Abstract, (string?)null)).ToArray()));
        Assert.Equal(0, (await _store.Ingestor.IngestAsync([path], CancellationToken.None)).Failed);
        var ids = new List<long>();
        foreach (var (title, _) in papers)
        {
            ids.Add((await _store.Store.FindAsync(title, CancellationToken.None))!.Id);
        }

        return ids;
    }

    public void Dispose() => _store.Dispose();
}
