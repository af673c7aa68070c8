using PaperBot.Retrieval.Search;
using Microsoft.Extensions.Logging.Abstractions;
using PaperBot.Data.Search;
using PaperBot.Data.Search.Words;

namespace PaperBot.Tests.Data.Search;

/// <summary>The word index stays consistent with SQLite: after ingests and merges, on file, beside another database.</summary>
public sealed class WordIndexTests : IDisposable
{
    private const string Filler = "This sentence is about nothing in particular and keeps the abstract long enough to read.";
    private readonly TestStore _store = new(pageYear: 2025);

    [Fact]
    public async Task Rank_PapersAddedAfterTheIndexWasBuilt_RankedAsFts5Ranks()
    {
        await IngestAsync(("Sparse Attention for Long Documents", "Sparse attention scales to long inputs. " + Filler));
        Assert.NotNull(_store.Words.Rank(Query("attention"), matchAll: true, 10));

        await IngestAsync(
            ("Attention Sinks in Streaming Models", "Attention sinks keep streaming stable. " + Filler),
            ("Pruning Convolutional Networks", "We prune filters. " + Filler));

        AssertSameAsFts5("attention", matchAll: true);
        AssertSameAsFts5("attention OR prune", matchAll: false);
    }

    [Fact]
    public async Task Rank_PaperMergedWithANewAbstract_FindsItsNewWordsOnly()
    {
        await IngestAsync(("Gradient Checkpointing Revisited", "Short. " + Filler));
        Assert.NotNull(_store.Words.Rank(Query("checkpointing"), matchAll: true, 10));

        // The richer abstract wins the merge: the paper's words change under the index.
        await IngestAsync(("Gradient Checkpointing Revisited", "Rematerialization trades compute for memory in every transformer layer. " + Filler + " " + Filler));

        Assert.Single(_store.Words.Rank(Query("rematerialization"), matchAll: true, 10)!);
        Assert.Empty(_store.Words.Rank(Query("short"), matchAll: true, 10)!);
        AssertSameAsFts5("checkpointing", matchAll: true);
    }

    [Fact]
    public async Task BuildIfNeededAsync_LargeCorpus_WritesTheFileThatAnotherProcessOpens()
    {
        using var words = new WordIndex(_store.Database, NullLogger<WordIndex>.Instance, inMemoryBelow: 1, recentLimit: 2);
        await IngestAsync(("Speculative Decoding", "Draft tokens are verified. " + Filler), ("Draft Models", "Small draft models. " + Filler));

        Assert.Null(words.Rank(Query("draft"), matchAll: true, 10));
        Assert.True(words.WaitUntilWantedAsync(CancellationToken.None).IsCompleted);
        var build = await words.BuildIfNeededAsync(CancellationToken.None);

        Assert.Equal(2, build!.Papers);
        Assert.True(File.Exists(words.FilePath));
        using var other = new WordIndex(_store.Database, NullLogger<WordIndex>.Instance, inMemoryBelow: 1, recentLimit: 2);
        Assert.Equal(Fts5("draft", matchAll: true), Ids(other.Rank(Query("draft"), matchAll: true, 10)));
        Assert.Null(await other.BuildIfNeededAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Rank_MoreChangedThanTheLimit_AsksForABuildAndFts5AnswersMeanwhile()
    {
        using var words = new WordIndex(_store.Database, NullLogger<WordIndex>.Instance, inMemoryBelow: 1, recentLimit: 2);
        await IngestAsync(("Mixture of Experts", "Experts route tokens. " + Filler));
        await words.BuildIfNeededAsync(CancellationToken.None);
        await IngestAsync(("Expert Routing", "Routing. " + Filler), ("Expert Choice", "Choice. " + Filler), ("Expert Pruning", "Pruning. " + Filler));

        Assert.Null(words.Rank(Query("expert"), matchAll: true, 10));
        Assert.True(words.WaitUntilWantedAsync(CancellationToken.None).IsCompleted);
        var search = new SqlitePaperSearch(_store.Database, Microsoft.Extensions.Options.Options.Create(new SearchOptions { Mode = SearchMode.Bm25 }), words: words);
        Assert.Equal(4, (await search.SearchAsync("expert", 10, CancellationToken.None)).Count);

        await words.BuildIfNeededAsync(CancellationToken.None);
        Assert.Equal(Fts5("expert", matchAll: true), Ids(words.Rank(Query("expert"), matchAll: true, 10)));
    }

    [Fact]
    public async Task Rank_IndexFileOfAnotherDatabase_IsNotTrusted()
    {
        await IngestAsync(("Old Paper About Kernels", "Kernels. " + Filler));
        using (var words = new WordIndex(_store.Database, NullLogger<WordIndex>.Instance, inMemoryBelow: 1, recentLimit: 100))
        {
            await words.BuildIfNeededAsync(CancellationToken.None);
        }

        // The database is replaced by another one, while the index file stays beside it.
        using var other = new TestStore(pageYear: 2025);
        var path = other.WriteFile("new.txt", PageDumps.Page("Dec 4", [("New Paper About Tokenizers", "Tokenizers. " + Filler, (string?)null)]));
        await other.Ingestor.IngestAsync([path], CancellationToken.None);
        File.Copy(_store.DatabasePath + ".words", other.DatabasePath + ".words");
        using var stale = new WordIndex(other.Database, NullLogger<WordIndex>.Instance, inMemoryBelow: 1, recentLimit: 100);

        Assert.Null(stale.Rank(Query("kernels"), matchAll: true, 10));
    }

    [Theory]
    [InlineData("trans", true)]
    [InlineData("large lang", true)]
    [InlineData("diffusion model", false)]
    [InlineData("efficient att", true)]
    [InlineData("learn", true)]
    public async Task NewestWithTitleWords_BundledCorpus_SameTitlesAsFts5TitleQuery(string typed, bool lastIsPrefix)
    {
        await _store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None);
        var words = typed.Split(' ');
        var match = "title : (" + string.Join(' ', words.Select((w, i) => "\"" + w + "\"" + (lastIsPrefix && i == words.Length - 1 ? "*" : ""))) + ")";
        var fts = _store.Database.Read(c => c.QueryScalars<long>("SELECT rowid FROM papers_fts WHERE papers_fts MATCH ? ORDER BY rowid DESC LIMIT 25", match));

        var newest = _store.Words.NewestWithTitleWords(words, lastIsPrefix, 25);

        Assert.NotEmpty(fts);
        Assert.Equal(fts, newest);
    }

    public void Dispose() => _store.Dispose();

    private static FtsQuery Query(string text) => FtsQuery.Parse(text)!;

    private static List<long> Ids(List<(long Id, double Score)>? ranked) => ranked!.Select(r => r.Id).ToList();

    private List<long> Fts5(string text, bool matchAll) =>
        _store.Database.Read(c => c.QueryScalars<long>(
            "SELECT rowid FROM papers_fts WHERE papers_fts MATCH ? ORDER BY rank, rowid LIMIT 10",
            matchAll ? Query(text).AllTerms : Query(text).AnyTerm));

    private void AssertSameAsFts5(string text, bool matchAll)
    {
        var ranked = _store.Words.Rank(Query(text), matchAll, 10);
        Assert.Equal(Fts5(text, matchAll), Ids(ranked));
    }

    private async Task IngestAsync(params (string Title, string Abstract)[] papers)
    {
        var path = _store.WriteFile($"{Guid.NewGuid():N}.txt", PageDumps.Page("Dec 4", papers.Select(p => (p.Title, p.Abstract, (string?)null)).ToArray()));
        var report = await _store.Ingestor.IngestAsync([path], CancellationToken.None);
        Assert.Equal(0, report.Failed);
    }
}
