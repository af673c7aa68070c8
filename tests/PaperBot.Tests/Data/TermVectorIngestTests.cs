using PaperBot.Data.Vectors;

namespace PaperBot.Tests.Data;

public sealed class TermVectorIngestTests : IDisposable
{
    private const string Filler = "The rest of the abstract says nothing in particular about the topic.";
    private static readonly byte[] Sentinel = new TermVector(["sentinel"], [1]).Encode();
    private readonly TestStore _store = new(pageYear: 2025);

    [Fact]
    public async Task IngestAsync_BundledCorpus_EveryPaperHasAVectorAndFrequenciesMatchTheVectors()
    {
        await _store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None);

        var vectors = _store.Database.Read(c => c.QueryScalars<byte[]>("SELECT terms FROM paper_terms")).Select(b => TermVector.Decode(b)).ToList();
        var expected = vectors.SelectMany(v => v.Terms).GroupBy(t => t).ToDictionary(g => g.Key, g => (long)g.Count());
        var stored = _store.Database.Read(c => c.Query<Frequency>("SELECT term AS Term, df AS Df FROM term_df WHERE df <> 0 AND term <> ''"))
            .ToDictionary(f => f.Term, f => f.Df);

        Assert.Equal(_store.Count("papers"), vectors.Count);
        Assert.All(vectors, v => Assert.InRange(v.Length, 1, TermIndexWriter.TermsPerPaper));
        Assert.Equal(_store.Count("papers"), _store.Database.Read(c => c.ExecuteScalar<long>("SELECT df FROM term_df WHERE term = ''")));
        Assert.Equal(expected.OrderBy(e => e.Key), stored.OrderBy(s => s.Key));
    }

    [Fact]
    public async Task IngestAsync_UnchangedPaperInANewFile_KeepsItsVector_ChangedPaperGetsANewOne()
    {
        await IngestAsync("a.txt", ("Sparse Attention Kernels", "Sparse attention kernels skip blocks. " + Filler), ("Quantized Adapters", "Adapters in four bits. " + Filler));
        var sparseId = IdOf("Sparse Attention Kernels");
        var quantizedId = IdOf("Quantized Adapters");
        _store.Database.Write(c => c.Execute("UPDATE paper_terms SET terms = ? WHERE paper_id IN (?, ?)", Sentinel, sparseId, quantizedId));

        // A new file: the first paper as before, the second with a longer abstract (a merge that changes the text).
        await IngestAsync("b.txt", ("Sparse Attention Kernels", "Sparse attention kernels skip blocks. " + Filler), ("Quantized Adapters", "Adapters in four bits, trained with low-rank updates. " + Filler));

        Assert.Equal(Sentinel, TermsOf(sparseId));
        Assert.NotEqual(Sentinel, TermsOf(quantizedId));
        Assert.Contains("adapt", TermVector.Decode(TermsOf(quantizedId)).Terms);
    }

    [Fact]
    public async Task IngestAsync_MoreThanABatchWithDuplicatesInOneFile_OneVectorPerPaperAndConsistentCounts()
    {
        // 600 papers (over two batches of the vector pipeline), each seen twice in the same file, the second time longer.
        var papers = Enumerable.Range(0, 600).Select(i => ($"Topic{i} Study Number {i}", $"Word{i} appears here. " + Filler)).ToList();
        var longer = papers.Select(p => (p.Item1, p.Item2 + " It also covers quantization.")).ToList();
        await IngestAsync("big.txt", [.. papers, .. longer]);

        Assert.Equal(600, _store.Count("paper_terms"));
        Assert.Equal(600, _store.Database.Read(c => c.ExecuteScalar<long>("SELECT df FROM term_df WHERE term = ''")));
        Assert.Equal(600, _store.Database.Read(c => c.ExecuteScalar<long>("SELECT df FROM term_df WHERE term = 'quantiz'")));
        Assert.Equal(1, _store.Database.Read(c => c.ExecuteScalar<long>("SELECT df FROM term_df WHERE term = 'word17'")));
    }

    [Fact]
    public async Task IngestAsync_FileThatFails_LeavesNoVectorsOrFrequencies()
    {
        var bad = _store.WriteFile("bad.txt", PageDumps.Page("Dec 4", ("Complete Entry In A Bad File", "A fine abstract about kernels. " + Filler, null)) + "Title Without Abstract\n");

        var report = await _store.Ingestor.IngestAsync([bad], CancellationToken.None);

        Assert.Equal(1, report.Failed);
        Assert.Equal(0, _store.Count("paper_terms"));
        Assert.Equal(0, _store.Database.Read(c => c.ExecuteScalar<long>("SELECT count(*) FROM term_df WHERE df <> 0")));
    }

    public void Dispose() => _store.Dispose();

    private async Task IngestAsync(string name, params (string Title, string Abstract)[] papers)
    {
        var path = _store.WriteFile(name, PageDumps.Page("Dec 4", papers.Select(p => (p.Title, p.Abstract, (string?)null)).ToArray()));
        var report = await _store.Ingestor.IngestAsync([path], CancellationToken.None);
        Assert.Equal(0, report.Failed);
    }

    private long IdOf(string title) => _store.Database.Read(c => c.ExecuteScalar<long>("SELECT id FROM papers WHERE title = ?", title));

    private byte[] TermsOf(long id) => _store.Database.Read(c => c.ExecuteScalar<byte[]>("SELECT terms FROM paper_terms WHERE paper_id = ?", id));

    private sealed class Frequency
    {
        public string Term { get; set; } = "";
        public long Df { get; set; }
    }
}
