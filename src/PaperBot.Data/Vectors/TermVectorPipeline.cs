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

    private static ComputedBatch Compute(List<PendingPaper> batch)
    {
        // One counter per batch: a discarded batch may still be computing when the next one starts.
        var counter = new TermCounter();
        return new ComputedBatch(batch, batch.Select(p => TermIndexWriter.Compute(counter, p.Title, p.Summary)).ToArray());
    }

    private void Store(ComputedBatch computed)
    {
        for (var i = 0; i < computed.Papers.Count; i++)
        {
            var paper = computed.Papers[i];
            writer.Store(paper.Id, computed.Vectors[i], paper.NewPaper);
            _pendingIds.Remove(paper.Id);
        }
    }

    private sealed record PendingPaper(long Id, string Title, string Summary, bool NewPaper);

    private sealed record ComputedBatch(List<PendingPaper> Papers, TermVector[] Vectors);
}
