using Microsoft.Extensions.Logging.Abstractions;
using PaperBot.Data.Search;
using PaperBot.Data.Search.Words;

namespace PaperBot.Tests.Data.Search;

/// <summary>
/// The word index must rank exactly as FTS5's <c>bm25()</c> does: the same papers, in the same order, with the same
/// scores, for every kind of query, on the bundled corpus (331 papers, real abstracts). (Past 20,000 papers with all
/// of a phrase's words, its IDF is that of the papers with all its words; FTS5's count would check each of them.)
/// </summary>
public sealed class WordIndexParityTests : IClassFixture<WordIndexParityTests.BundledCorpus>
{
    private readonly TestStore _store;

    public WordIndexParityTests(BundledCorpus corpus) => _store = corpus.Store;

    public static TheoryData<string> Queries() =>
    [
        "model",
        "training",
        "language models",
        "large language models",
        "efficient sparse attention",
        "reinforcement learning reward",
        "diffusion",
        "\"large language models\"",
        "\"chain of thought\"",
        "\"reinforcement learning\"",
        "transform*",
        "quant*",
        "quantization OR pruning",
        "speculative decoding draft",
        "GPT-4",
        "naïve Bayes",
        "KV cache compression",
        "mixture of experts routing",
        "the of and",
        "zebra pipeline",
        "\"speculative decoding\" draft",
        "\"large language\"* reasoning",
        "\"flash att\"*",
        "state-of-the-art \"reinforcement learning\" OR \"policy optimization\"",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public void Rank_EveryWord_SamePapersOrderAndScoresAsFts5(string text)
    {
        var query = FtsQuery.Parse(text)!;

        var fts = Fts5(query.AllTerms, 20);
        var words = _store.Words.Rank(query, matchAll: true, 20);

        AssertSameRanking(fts, words!, scaled: false);
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Rank_AnyWord_SamePapersOrderAndScoresAsFts5(string text)
    {
        var query = FtsQuery.Parse(text)!;

        var fts = Fts5(query.AnyTerm, 20);
        var words = _store.Words.Rank(query, matchAll: false, 20);

        AssertSameRanking(fts, words!, scaled: false);
    }

    /// <summary>
    /// A lone phrase held by many papers (here: by any) is ranked on bounds and counted only where it can reach the top,
    /// on the index's positions: the same papers in the same order as FTS5, the scores scaled by its IDF (that of the
    /// papers with all its words). A first batch of one candidate reads positions block by block from checkpoints
    /// (fewer than one posting in 32 wanted), the later ones in one pass.
    /// </summary>
    [Theory]
    [InlineData("\"large language models\"")]
    [InlineData("\"chain of thought\"")]
    [InlineData("\"reinforcement learning\"")]
    [InlineData("\"speculative decoding\"")]
    [InlineData("\"language model\"")]
    public void Rank_LonePhraseBoundedFromOnePaper_SamePapersAndOrderAsFts5(string text)
    {
        using var bounded = new WordIndex(_store.Database, NullLogger<WordIndex>.Instance, WordIndex.InMemoryBelow, WordIndex.RecentLimit, boundLonePhrasesFrom: 1, positionBatch: 1);
        var query = FtsQuery.Parse(text)!;

        var fts = Fts5(query.AllTerms, 20);
        var words = bounded.Rank(query, matchAll: true, 20);

        Assert.NotEmpty(fts);
        AssertSameRanking(fts, words!, scaled: true);
    }

    /// <summary>The same from an index on file, where each block of positions is read from the file on its own.</summary>
    [Fact]
    public async Task Rank_LonePhraseBoundedOnAnIndexFile_SamePapersAndOrderAsFts5()
    {
        using var store = new TestStore();
        await store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None);
        using var onFile = new WordIndex(store.Database, NullLogger<WordIndex>.Instance, inMemoryBelow: 1, WordIndex.RecentLimit, boundLonePhrasesFrom: 1, positionBatch: 1);
        await onFile.BuildIfNeededAsync(CancellationToken.None);
        var query = FtsQuery.Parse("\"large language models\"")!;

        var fts = store.Database.Read(c => c.Query<Row>("SELECT rowid AS Id, rank AS Rank FROM papers_fts WHERE papers_fts MATCH ? ORDER BY rank LIMIT ?", query.AllTerms, 20))
            .Select(r => (r.Id, -r.Rank))
            .ToList();
        var words = onFile.Rank(query, matchAll: true, 20);

        Assert.True(File.Exists(onFile.FilePath));
        Assert.NotEmpty(fts);
        AssertSameRanking(fts, words!, scaled: true);
    }

    private List<(long Id, double Score)> Fts5(string match, int top) =>
        _store.Database.Read(c => c.Query<Row>("SELECT rowid AS Id, rank AS Rank FROM papers_fts WHERE papers_fts MATCH ? ORDER BY rank LIMIT ?", match, top))
            .Select(r => (r.Id, -r.Rank))
            .ToList();

    private static bool HasPhrase(FtsQuery query) => query.Clauses.SelectMany(c => c).Any(p => p.Words.Count > 1);

    private static void AssertSameRanking(List<(long Id, double Score)> fts, List<(long Id, double Score)> words, bool scaled)
    {
        Assert.Equal(fts.Count, words.Count);
        var factor = scaled && fts.Count > 0 ? words[0].Score / fts[0].Score : 1;
        for (var i = 0; i < fts.Count; i++)
        {
            Assert.Equal(fts[i].Score * factor, words[i].Score, 9);

            // Equal scores may come in either order; different ones must not.
            var sameScore = fts.Where(f => Math.Abs(f.Score - fts[i].Score) < 1e-9).Select(f => f.Id).ToHashSet();
            Assert.Contains(words[i].Id, sameScore);
        }
    }

    private sealed class Row
    {
        public long Id { get; set; }

        public double Rank { get; set; }
    }

    public sealed class BundledCorpus : IDisposable
    {
        public BundledCorpus()
        {
            Store = new TestStore();
            Store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None).GetAwaiter().GetResult();
        }

        internal TestStore Store { get; }

        public void Dispose() => Store.Dispose();
    }
}
