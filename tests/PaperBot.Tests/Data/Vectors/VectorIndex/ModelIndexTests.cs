using PaperBot.Data.Vectors;
using PaperBot.Data.Vectors.VectorIndex;
using static PaperBot.Tests.Data.Vectors.VectorIndex.VectorFolder;

namespace PaperBot.Tests.Data.Vectors.VectorIndex;

public sealed class ModelIndexTests : IDisposable
{
    private const int Papers = 2000;
    private const int Dimensions = 48;
    private readonly VectorFolder _folder = new(Papers);
    private readonly float[][] _vectors = Clustered(Papers, Dimensions, clusters: 20, seed: 7);

    [Fact]
    public async Task Nearest_HnswIndex_FindsWhatTheExactScanFinds()
    {
        var store = await IndexedStoreAsync();
        var queries = Clustered(100, Dimensions, clusters: 20, seed: 7 + 1000);

        var hits = 0;
        foreach (var query in queries)
        {
            var exact = ExactScan.Nearest(_folder.Database, Model, query, 10, excludeId: null).Select(n => n.Id).ToHashSet();
            var found = store.Nearest(Model, query, 10, excludeId: null);
            Assert.Equal(10, found.Count);
            hits += found.Count(f => exact.Contains(f.Id));
        }

        Assert.Equal(VectorIndexMode.Hnsw, store.IndexOf(Model).Mode);
        Assert.True(hits / 1000.0 >= 0.95, $"recall@10 was {hits / 1000.0:0.000}");
    }

    [Fact]
    public async Task Nearest_BelowTheThreshold_ScansAndWritesNoFile()
    {
        var store = _folder.OpenStore(out var log, exactScanBelow: Papers + 1);
        await VectorFolder.SaveAsync(store, All());

        var found = store.Nearest(Model, _vectors[4], 3, excludeId: null);

        Assert.Equal(5, found[0].Id);
        Assert.Equal(VectorIndexMode.ExactScan, store.IndexOf(Model).Mode);
        Assert.False(File.Exists(store.IndexOf(Model).IndexPath));
        Assert.Empty(log.Lines);
    }

    [Fact]
    public async Task Nearest_BelowTheThreshold_FollowsNewAndReplacedVectorsExactlyAsTheSqliteScan()
    {
        // The vectors are held in memory below the threshold: saves made after the first search (new papers, and a
        // replaced vector, whose new row has a higher rowid) must reach the next search, with the scan's scores.
        var store = _folder.OpenStore(out _, exactScanBelow: Papers + 1);
        await VectorFolder.SaveAsync(store, All(skipLast: 100));
        var queries = Clustered(20, Dimensions, clusters: 20, seed: 7 + 2000);
        Assert.NotEmpty(store.Nearest(Model, queries[0], 10, excludeId: null));

        await VectorFolder.SaveAsync(store, All().Skip(Papers - 100));
        await VectorFolder.SaveAsync(store, [(3, Unit(queries[1]))]);

        foreach (var query in queries)
        {
            var exact = ExactScan.Nearest(_folder.Database, Model, query, 10, excludeId: 7);
            var found = store.Nearest(Model, query, 10, excludeId: 7);
            Assert.Equal(exact.Select(e => e.Id), found.Select(f => f.Id));
            // Equal to float rounding: the vectorized dot product may sum in another order over an unaligned blob.
            Assert.All(exact.Zip(found), pair => Assert.Equal(pair.First.Score, pair.Second.Score, 1e-6));
        }

        Assert.Equal(3, store.Nearest(Model, Unit(queries[1]), 1, excludeId: null)[0].Id);
        Assert.Contains(Papers, store.Nearest(Model, _vectors[Papers - 1], 1, excludeId: null).Select(f => f.Id));
        Assert.Equal(VectorIndexMode.ExactScan, store.IndexOf(Model).Mode);
    }

    [Fact]
    public async Task Nearest_ExcludingAPaper_NeverReturnsIt()
    {
        var store = await IndexedStoreAsync();

        var found = store.Nearest(Model, _vectors[41], 10, excludeId: 42);

        Assert.Equal(10, found.Count);
        Assert.DoesNotContain(42, found.Select(f => f.Id));
        Assert.Equal(42, store.Nearest(Model, _vectors[41], 1, excludeId: null)[0].Id);
    }

    [Fact]
    public async Task Open_SavedIndex_IsUsedWithoutRebuildingOrLogging()
    {
        var built = await IndexedStoreAsync();
        var written = File.GetLastWriteTimeUtc(built.IndexOf(Model).IndexPath);

        var store = _folder.OpenStore(out var log);
        var found = store.Nearest(Model, _vectors[9], 1, excludeId: null);
        await store.IndexOf(Model).Verifying;

        Assert.Equal(10, found[0].Id);
        Assert.Equal(VectorIndexMode.Hnsw, store.IndexOf(Model).Mode);
        Assert.Empty(log.Lines);
        Assert.Equal(written, File.GetLastWriteTimeUtc(store.IndexOf(Model).IndexPath));
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("garbage")]
    [InlineData("garbage of the same length")]
    [InlineData("manifest garbage")]
    public async Task Open_MissingOrDamagedIndex_RebuildsFromSqliteWithOneLogLine(string damage)
    {
        var built = await IndexedStoreAsync();
        var path = built.IndexOf(Model).IndexPath;
        var length = (int)new FileInfo(path).Length;
        built.Dispose();
        switch (damage)
        {
            case "missing":
                File.Delete(path);
                break;
            case "garbage":
                File.WriteAllBytes(path, "not an index"u8.ToArray());
                break;
            case "garbage of the same length":
                File.WriteAllBytes(path, Enumerable.Range(0, length).Select(i => (byte)(i * 31)).ToArray());
                break;
            default:
                File.WriteAllText(path + ".json", "{ not json");
                break;
        }

        var store = _folder.OpenStore(out var log);
        var during = store.Nearest(Model, _vectors[9], 1, excludeId: null);
        await store.IndexOf(Model).Building;
        var after = store.Nearest(Model, _vectors[9], 1, excludeId: null);

        Assert.Equal(10, during[0].Id);
        Assert.Equal(10, after[0].Id);
        Assert.Equal(VectorIndexMode.Hnsw, store.IndexOf(Model).Mode);
        Assert.Contains("Building the vector index", Assert.Single(log.Lines));
        Assert.Equal("usearch", Path.GetExtension(path).TrimStart('.'));
        Assert.Empty(Directory.GetFiles(_folder.Folder, "*.tmp"));
    }

    [Fact]
    public async Task Open_VectorsAddedAndReplacedBehindItsBack_FindsTheNewNeverTheOld()
    {
        (await IndexedStoreAsync(skipLast: 100)).Dispose();
        var writer = _folder.OpenStore(out _, exactScanBelow: int.MaxValue);
        var replacement = _vectors[1999];
        await VectorFolder.SaveAsync(writer, Enumerable.Range(1901, 99).Select(id => ((long)id, _vectors[id - 1])));
        await VectorFolder.SaveAsync(writer, [(7, replacement)]);

        var store = _folder.OpenStore(out var log);
        var added = store.Nearest(Model, _vectors[1949], 1, excludeId: null);
        await store.IndexOf(Model).Verifying;
        var replaced = store.Nearest(Model, replacement, 2, excludeId: null);
        var old = store.Nearest(Model, _vectors[6], 10, excludeId: null);

        Assert.Equal(VectorIndexMode.Hnsw, store.IndexOf(Model).Mode);
        Assert.Empty(log.Lines);
        Assert.Equal(1950, added[0].Id);
        Assert.Equal(7, replaced[0].Id);
        Assert.Equal(1.0, replaced[0].Score, 2);
        Assert.All(old.Where(o => o.Id == 7), o => Assert.True(o.Score < 0.99));
    }

    [Fact]
    public async Task Nearest_AfterSavesInTheSameProcess_FindsTheNewNeverTheOld()
    {
        var store = await IndexedStoreAsync(skipLast: 10);
        var replacement = _vectors[1999];

        await VectorFolder.SaveAsync(store, [(1995, _vectors[1994]), (3, replacement)]);
        var added = store.Nearest(Model, _vectors[1994], 1, excludeId: null);
        var replaced = store.Nearest(Model, replacement, 1, excludeId: null);
        var old = store.Nearest(Model, _vectors[2], 5, excludeId: null);

        Assert.Equal(1995, added[0].Id);
        Assert.Equal(3, replaced[0].Id);
        Assert.All(old.Where(o => o.Id == 3), o => Assert.True(o.Score < 0.99));
    }

    [Fact]
    public async Task Open_VectorDeletedBehindItsBack_IsStaleAndRebuilt()
    {
        (await IndexedStoreAsync()).Dispose();
        _folder.Database.Write(c => c.Execute("DELETE FROM paper_embeddings WHERE model = ? AND paper_id = 500", Model));

        var store = _folder.OpenStore(out var log);
        store.Nearest(Model, _vectors[499], 10, excludeId: null);
        await store.IndexOf(Model).Verifying;
        var during = store.Nearest(Model, _vectors[499], 10, excludeId: null);
        await store.IndexOf(Model).Building;
        var after = store.Nearest(Model, _vectors[499], 10, excludeId: null);

        Assert.Contains("changed since it was built", Assert.Single(log.Lines));
        Assert.DoesNotContain(500, during.Select(d => d.Id));
        Assert.DoesNotContain(500, after.Select(d => d.Id));
        Assert.Equal(VectorIndexMode.Hnsw, store.IndexOf(Model).Mode);
    }

    [Fact]
    public async Task Nearest_DuringARebuild_AnswersEverySearch()
    {
        var store = _folder.OpenStore(out _);
        await VectorFolder.SaveAsync(store, All());
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        store.IndexOf(Model).HoldBuildsUntil = gate.Task;

        var whileHeld = await SearchInParallelAsync(store);
        Assert.Equal(VectorIndexMode.ExactScan, store.IndexOf(Model).Mode);
        gate.SetResult();
        var whileSwapping = SearchInParallelAsync(store);
        await store.IndexOf(Model).Building;
        var afterwards = await SearchInParallelAsync(store);

        Assert.All(whileHeld.Concat(await whileSwapping).Concat(afterwards), found => Assert.Equal(10, found));
        Assert.Equal(VectorIndexMode.Hnsw, store.IndexOf(Model).Mode);
    }

    [Fact]
    public void Slug_DistinctModelIds_AreDistinctSafeFileNames()
    {
        var a = IndexFiles.Slug("org/Model:v1");
        var b = IndexFiles.Slug("org/model-v1");

        Assert.NotEqual(a, b);
        Assert.All(a.Concat(b), c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_'));
    }

    public void Dispose() => _folder.Dispose();

    private IEnumerable<(long Id, float[] Vector)> All(int skipLast = 0) =>
        _vectors.Take(Papers - skipLast).Select((v, i) => ((long)i + 1, v));

    private async Task<SqliteEmbeddingStore> IndexedStoreAsync(int skipLast = 0)
    {
        var store = _folder.OpenStore(out _);
        await VectorFolder.SaveAsync(store, All(skipLast));
        store.Nearest(Model, _vectors[0], 1, excludeId: null);
        await store.IndexOf(Model).Building;
        Assert.Equal(VectorIndexMode.Hnsw, store.IndexOf(Model).Mode);
        return store;
    }

    private Task<int[]> SearchInParallelAsync(SqliteEmbeddingStore store) =>
        Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => store.Nearest(Model, _vectors[i * 100], 10, excludeId: i * 100 + 1).Count)));
}
