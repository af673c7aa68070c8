using System.Runtime.InteropServices;

namespace PaperBot.Data.Vectors;

/// <summary>
/// Computes the sparse vectors of ingested papers on a worker thread, a batch at a time, while the ingest thread goes
/// on indexing the next papers; finished batches are stored on the ingest thread (which owns the connection). The
/// tokenizing and stemming so stay off the ingest hot path, and memory stays bounded by two batches.
/// </summary>
internal sealed class TermVectorPipeline(TermIndexWriter writer) : IDisposable
{
    /// <summary>Papers per batch: enough to amortize handing work to another thread, few enough to keep memory flat.</summary>
    public const int BatchSize = 256;

    private readonly HashSet<long> _pendingIds = [];
    private List<PendingPaper> _batch = new(BatchSize);
    private Task<ComputedBatch>? _inFlight;

    // The counter remembers the words it has seen, which is most of its speed: batches hand it on rather than start
    // afresh. Only one batch computes at a time, but a discarded one may still be running, hence the exchange.
    private TermCounter? _spareCounter = new();

    /// <summary>Queues the vector of a new paper.</summary>
    public ValueTask AddAsync(long paperId, string title, string summary) =>
        EnqueueAsync(new PendingPaper(paperId, title, summary, NewPaper: true));

    /// <summary>Queues a new vector for a paper whose title or abstract changed.</summary>
    public async ValueTask ReplaceAsync(long paperId, string title, string summary)
    {
        if (_pendingIds.Contains(paperId))
        {
            // Its previous vector is still on its way: store it first, so the frequencies forget the right terms.
            await DrainAsync();
        }

        var hadVector = writer.Forget(paperId);
        await EnqueueAsync(new PendingPaper(paperId, title, summary, NewPaper: !hadVector));
    }

    /// <summary>Stores every queued vector and writes the frequencies; call before the transaction commits.</summary>
    public async ValueTask FlushAsync()
    {
        await DrainAsync();
        writer.Flush();
    }

    /// <summary>Drops everything queued (the transaction rolled back). A batch still computing finishes unseen.</summary>
    public void Discard()
    {
        _inFlight = null;
        _batch = new List<PendingPaper>(BatchSize);
        _pendingIds.Clear();
        writer.Discard();
    }

    public void Dispose() => writer.Dispose();

    private ValueTask EnqueueAsync(PendingPaper paper)
    {
        _batch.Add(paper);
        _pendingIds.Add(paper.Id);
        return _batch.Count >= BatchSize ? DispatchAsync() : ValueTask.CompletedTask;
    }

    private async ValueTask DispatchAsync()
    {
        if (_inFlight is { } previous)
        {
            _inFlight = null;
            Store(await previous);
        }

        var batch = _batch;
        _batch = new List<PendingPaper>(BatchSize);
        _inFlight = Task.Run(() => Compute(batch));
    }

    private async ValueTask DrainAsync()
    {
        if (_inFlight is { } previous)
        {
            _inFlight = null;
            Store(await previous);
        }

        if (_batch.Count > 0)
        {
            var batch = _batch;
            _batch = new List<PendingPaper>(BatchSize);
            Store(Compute(batch));
        }
    }

    /// <summary>Vectors, their BLOBs and their summed term counts: everything but the SQL, off the ingest thread.</summary>
    private ComputedBatch Compute(List<PendingPaper> batch)
    {
        var counter = Interlocked.Exchange(ref _spareCounter, null) ?? new TermCounter();
        var blobs = new byte[batch.Count][];
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++)
        {
            var vector = TermIndexWriter.Compute(counter, batch[i].Title, batch[i].Summary);
            blobs[i] = vector.Encode();
            foreach (var term in vector.Terms)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(frequencies, term, out _)++;
            }
        }

        Interlocked.CompareExchange(ref _spareCounter, counter, null);
        return new ComputedBatch(batch, blobs, frequencies);
    }

    private void Store(ComputedBatch computed)
    {
        for (var i = 0; i < computed.Papers.Count; i++)
        {
            writer.StoreEncoded(computed.Papers[i].Id, computed.Blobs[i], computed.Papers[i].NewPaper);
            _pendingIds.Remove(computed.Papers[i].Id);
        }

        writer.AddFrequencies(computed.Frequencies, computed.Papers.Count(p => p.NewPaper));
    }

    private sealed record PendingPaper(long Id, string Title, string Summary, bool NewPaper);

    private sealed record ComputedBatch(List<PendingPaper> Papers, byte[][] Blobs, Dictionary<string, int> Frequencies);
}
