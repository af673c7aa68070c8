using PaperBot.Core.Corpus;
using PaperBot.Core.Library;
using PaperBot.Core.Papers;
using PaperBot.Core.Trends;
using PaperBot.Testing;
using static PaperBot.IntegrationTests.Storage.DailyPapers;

namespace PaperBot.IntegrationTests.Storage;

/// <summary>
/// What ranks papers, the same on every provider once vectors exist: hybrid search, related papers, recent papers on a
/// topic, topic trends, a library's neighbours and meaning similarity. The embedding model is a fake with three
/// meanings, so "Low Precision Inference" is about quantization without the word.
/// </summary>
public abstract class RankingContractTests : ComposedContract
{
    private readonly FakeEmbedder _embedder = new(["quantization", "four bits", "low precision"], ["pipeline", "accelerators"], ["diffusion", "denoising"]);
    private long _quantization;
    private long _lowPrecision;
    private long _pipeline;
    private long _diffusion;
    private long _survey;

    private protected override ITextEmbedder Embedder => _embedder;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var folder = Directory.CreateTempSubdirectory("paperbot-corpus-").FullName;
        try
        {
            var path = Path.Combine(folder, "papers.json");
            await System.IO.File.WriteAllTextAsync(path, File(
                Paper("2611.00001", "Quantization of Large Models", "We quantize the weights to four bits.", new(2026, 11, 20), upvotes: 50),
                Paper("2611.00002", "Low Precision Inference", "Weights in low precision run faster, and four bits suffice.", new(2026, 11, 21), upvotes: 30),
                Paper("2611.00003", "Pipeline Parallel Training", "Layers are split across accelerators in a pipeline.", new(2026, 11, 22), upvotes: 80),
                Paper("2610.00004", "Denoising Diffusion for Images", "A diffusion model that learns denoising.", new(2026, 10, 5), upvotes: 10),
                Paper("2606.00005", "Quantization Survey", "A survey of quantization methods.", new(2026, 6, 1), upvotes: 5)));
            Assert.Equal(0, (await Process.Get<ICorpusIngestor>().IngestAsync([path], CancellationToken.None)).Failed);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        var papers = Process.Get<IPaperStore>();
        async Task<long> IdOf(string arxivId) => (await papers.FindAsync(arxivId, CancellationToken.None))!.Id;
        (_quantization, _lowPrecision, _pipeline, _diffusion, _survey) =
            (await IdOf("2611.00001"), await IdOf("2611.00002"), await IdOf("2611.00003"), await IdOf("2610.00004"), await IdOf("2606.00005"));
    }

    [Fact]
    public async Task SearchAsync_WithVectors_FindsThePaperThatMeansTheQueryWithoutItsWord()
    {
        var byWords = await Process.Get<IPaperSearch>().SearchAsync("quantization", 5, CancellationToken.None);
        await EmbedAllAsync(Process);

        var hybrid = await Process.Get<IPaperSearch>().SearchAsync("quantization", 5, CancellationToken.None);

        Assert.Equal([_quantization, _survey], byWords.Select(h => h.Id).Order());
        Assert.Contains(_lowPrecision, hybrid.Select(h => h.Id));
        Assert.Equal([_quantization, _survey], hybrid.Take(2).Select(h => h.Id).Order());
        Assert.True(Rank(hybrid, _lowPrecision) < Rank(hybrid, _pipeline) && Rank(hybrid, _lowPrecision) < Rank(hybrid, _diffusion));
    }

    [Fact]
    public async Task SearchAsync_VectorsSavedByAnotherProcess_JoinThisProcesssRanking()
    {
        Assert.DoesNotContain(_lowPrecision, (await Process.Get<IPaperSearch>().SearchAsync("quantization", 5, CancellationToken.None)).Select(h => h.Id));

        await using (var other = ComposedProcess.Start(Backend, _embedder))
        {
            await EmbedAllAsync(other);
        }

        Assert.Contains(_lowPrecision, (await Process.Get<IPaperSearch>().SearchAsync("quantization", 5, CancellationToken.None)).Select(h => h.Id));
    }

    [Fact]
    public async Task FindSimilarAsync_WithVectors_TheSameTopicFirstNeverThePaperAndUnknownIdNothing()
    {
        await EmbedAllAsync(Process);
        var similar = Process.Get<ISimilarPapers>();

        var related = await similar.FindSimilarAsync(_quantization, 4, CancellationToken.None);

        Assert.DoesNotContain(_quantization, related.Select(h => h.Id));
        Assert.Equal([_lowPrecision, _survey], related.Take(2).Select(h => h.Id).Order());
        Assert.All(related, h => Assert.InRange(h.Score, -1, 1));
        Assert.Empty(await similar.FindSimilarAsync(999_999, 4, CancellationToken.None));
    }

    [Fact]
    public async Task ListAsync_RangeAndTopic_MostUpvotedFirstAndOnTheTopicByWordsOrMeaning()
    {
        await EmbedAllAsync(Process);
        var recent = Process.Get<IRecentPapers>();
        var november = (new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

        var all = await recent.ListAsync(november.Item1, november.Item2, null, 10, CancellationToken.None);
        var onTopic = await recent.ListAsync(november.Item1, november.Item2, "quantization", 10, CancellationToken.None);

        Assert.Equal([(_pipeline, 80.0), (_quantization, 50.0), (_lowPrecision, 30.0)], all.Select(h => (h.Id, h.Score)));
        Assert.Equal([_quantization, _lowPrecision], onTopic.Select(h => h.Id));
        Assert.Empty(await recent.ListAsync(november.Item1, november.Item2, "?!", 10, CancellationToken.None));
        Assert.Empty(await recent.ListAsync(november.Item2, november.Item1, null, 10, CancellationToken.None));
    }

    [Fact]
    public async Task GetAsync_TopicOverSixMonths_CountsPerMonthToTheCorpusNewestDay()
    {
        await EmbedAllAsync(Process);

        var trend = await Process.Get<ITopicTrends>().GetAsync("quantization", 6, CancellationToken.None);

        Assert.Equal((new DateOnly(2026, 6, 1), new DateOnly(2026, 11, 22)), (trend.From, trend.To));
        Assert.Equal([1, 0, 0, 0, 0, 2], trend.Months.Select(m => m.Papers));
        Assert.Equal([_quantization, _lowPrecision, _survey], trend.TopPapers.Select(h => h.Id));
        Assert.Equal(new DateOnly(2026, 11, 21), trend.TopPapers[1].PublishedOn);
    }

    [Fact]
    public async Task LibraryNeighboursAndMeaning_WithVectors_CloseByMeaning()
    {
        Assert.Null(await Process.Get<ILibraryNeighbours>().NearestAsync([_quantization], 2, CancellationToken.None));
        await EmbedAllAsync(Process);
        var meaning = Process.Get<IMeaningSimilarity>();

        var recommended = await Process.Get<ILibraryNeighbours>().NearestAsync([_quantization], 2, CancellationToken.None);
        var toPapers = await meaning.ToPapersAsync("four bits", [_lowPrecision, _pipeline], CancellationToken.None);

        Assert.Equal([_lowPrecision, _survey], recommended!.Select(r => r.PaperId).Order());
        Assert.All(recommended!, r => Assert.Equal([_quantization], r.CloseTo));
        Assert.True(toPapers[_lowPrecision] > toPapers[_pipeline]);
        Assert.True(meaning.BetweenPapers(_quantization, _lowPrecision) > meaning.BetweenPapers(_quantization, _pipeline));
    }

    private static int Rank(IReadOnlyList<PaperHit> hits, long id) =>
        hits.Select(h => h.Id).ToList().IndexOf(id) is var rank and >= 0 ? rank : int.MaxValue;

    /// <summary>Embeds every paper with the fake model and saves the vectors, as the background indexer does.</summary>
    private async Task EmbedAllAsync(ComposedProcess process)
    {
        var store = process.Get<IEmbeddingStore>();
        var missing = await store.GetMissingAsync(_embedder.ModelId, 100, CancellationToken.None);
        var vectors = await _embedder.EmbedDocumentsAsync([.. missing.Select(m => m.Text)], CancellationToken.None);
        await store.SaveAsync(_embedder.ModelId, [.. missing.Select((m, i) => (m.Id, vectors[i]))], CancellationToken.None);
    }
}
