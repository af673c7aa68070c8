using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using PaperBot.Core.Papers;
using SQLite;

namespace PaperBot.Tests.Data.Database;

public sealed class ReadConnectionPoolTests : IDisposable
{
    // Only a guard that turns a broken pool (a deadlock) into a failure instead of a hung run; never reached when it works.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    private static readonly float[] Unit = [1f, 0f];

    private readonly TestStore _store = new(readConnections: 2);

    [Fact]
    public async Task Read_TwoQueries_AreInsideTheirCallbacksAtTheSameTime()
    {
        using var bothInside = new Barrier(2);

        // Each query waits inside its callback for the other to arrive: with one shared connection the second never could.
        var first = OnOwnThread(() => _store.Database.Read(c => bothInside.SignalAndWait(HangGuard) && c.ExecuteScalar<int>("SELECT 1") == 1));
        var second = OnOwnThread(() => _store.Database.Read(c => bothInside.SignalAndWait(HangGuard) && c.ExecuteScalar<int>("SELECT 1") == 1));

        var inside = await Task.WhenAll(first, second);

        Assert.All(inside, Assert.True);
        Assert.Equal(2, _store.Database.ReadConnections.Opened);
    }

    [Fact]
    public void Read_OneAfterAnother_ReusesOneConnection()
    {
        var seen = Enumerable.Range(0, 5).Select(_ => _store.Database.Read(c => c)).ToHashSet();

        Assert.Single(seen);
        Assert.Equal(1, _store.Database.ReadConnections.Opened);
    }

    [Fact]
    public async Task Read_ManyAtOnce_NeverOpensOrUsesMoreThanItsSize()
    {
        var inside = 0;
        var mostInside = 0;
        var connections = new ConcurrentDictionary<SQLiteConnection, bool>();

        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => OnOwnThread(() => _store.Database.Read(c =>
        {
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref mostInside, now);
            connections.TryAdd(c, true);
            var count = c.ExecuteScalar<long>("SELECT count(*) FROM papers");
            Interlocked.Decrement(ref inside);
            return count;
        }))));

        Assert.InRange(mostInside, 1, 2);
        Assert.InRange(connections.Count, 1, 2);
        Assert.InRange(_store.Database.ReadConnections.Opened, 1, 2);
        Assert.Equal(0, _store.Database.ReadConnections.InUse);
    }

    [Fact]
    public void Read_QueryFails_ReturnsItsConnectionAndSaysWhatFailed()
    {
        using var store = new TestStore(readConnections: 1);

        var error = Assert.Throws<StoreException>(() => store.Database.Read(c => c.Execute("SELECT * FROM no_such_table")));
        var next = store.Database.Read(c => c.ExecuteScalar<int>("SELECT 1"));

        Assert.Contains(store.DatabasePath, error.Message);
        Assert.Equal(1, next);
        Assert.Equal(0, store.Database.ReadConnections.InUse);
        Assert.Equal(1, store.Database.ReadConnections.Opened);
    }

    [Fact]
    public void Read_InsideAnotherReadWithOneConnection_UsesTheCallersConnection()
    {
        using var store = new TestStore(readConnections: 1);

        var (outer, inner) = store.Database.Read(c => (c, store.Database.Read(nested => nested)));

        Assert.Same(outer, inner);
        Assert.Equal(0, store.Database.ReadConnections.InUse);
    }

    [Fact]
    public async Task Dispose_AfterConcurrentReads_ClosesEveryReadConnection()
    {
        using var bothInside = new Barrier(2);
        var first = OnOwnThread(() => _store.Database.Read(c => bothInside.SignalAndWait(HangGuard) ? c : null));
        var second = OnOwnThread(() => _store.Database.Read(c => bothInside.SignalAndWait(HangGuard) ? c : null));
        var connections = await Task.WhenAll(first, second);

        _store.Database.Dispose();

        Assert.All(connections, c => Assert.Null(c!.Handle));
        Assert.Null(_store.Database.Read(c => c).Handle);
    }

    [Fact]
    public void Read_AfterOpenHook_RunsOnEveryReadConnection()
    {
        var hooked = new ConcurrentBag<SQLiteConnection>();
        using var store = new TestStore(readConnections: 1, afterOpen: hooked.Add);

        var used = store.Database.Read(c => c);

        Assert.Contains(used, hooked);
    }

    [Fact]
    public async Task QueryVector_WhileTheModelRuns_HoldsNoReadConnection()
    {
        var papers = await IngestOnePaperAsync();
        var inUseWhileEmbedding = -1;
        var embedder = new ProbeEmbedder(() => inUseWhileEmbedding = _store.Database.ReadConnections.InUse);
        await _store.Embeddings.SaveAsync(embedder.ModelId, [(papers[0], Unit)], CancellationToken.None);

        var vector = await _store.Dense(embedder).QueryVectorAsync("a question", CancellationToken.None);

        Assert.NotNull(vector);
        Assert.Equal(0, inUseWhileEmbedding);
    }

    public void Dispose() => _store.Dispose();

    private async Task<IReadOnlyList<long>> IngestOnePaperAsync()
    {
        var file = _store.WriteFile("one.txt", PageDumps.Page("Dec 4", ("A Paper About Pools", "We share connections between readers at length, and it works.", null)));
        await _store.Ingestor.IngestAsync([file], CancellationToken.None);
        return _store.Database.Read(c => c.QueryScalars<long>("SELECT id FROM papers"));
    }

    private static Task<T> OnOwnThread<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    /// <summary>A model that notes, while it runs, whatever the test wants to observe.</summary>
    private sealed class ProbeEmbedder(Action whileRunning) : ITextEmbedder
    {
        public string ModelId => "probe";

        public bool IsAvailable => true;

        public Task<float[]> EmbedQueryAsync(string query, CancellationToken cancellationToken)
        {
            whileRunning();
            return Task.FromResult(Unit);
        }

        public Task<IReadOnlyList<float[]>> EmbedPassagesAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<float[]>>([.. texts.Select(_ => Unit)]);

        public Task<IReadOnlyList<float[]>> EmbedDocumentsAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
            EmbedPassagesAsync(texts, cancellationToken);
    }
}
