using PaperBot.Benchmarks.Sqlite;
using PaperBot.Data.Vectors;

namespace PaperBot.Benchmarks.Ingest;

/// <summary>
/// The schema-2 writes PaperBot's ingest adds for the assistant (PaperWriter's TermVectorPipeline), done bare and
/// inline: the vector computed with PaperBot's own TermIndexWriter.Compute (one long-lived TermCounter), one
/// <c>paper_terms</c> row per paper, document frequencies summed per file and upserted into <c>term_df</c> before
/// COMMIT. A diagnostic side, not the baseline: it prices the feature apart from how PaperBot runs it.
/// It writes <c>paper_terms</c> with a plain INSERT (an UPDATE for a merged paper), not INSERT OR REPLACE: with
/// foreign keys on, OR REPLACE opens a statement transaction, and FTS5 flushes its pending terms to disk on every
/// savepoint, which inside an ingest transaction costs ~140 us a row instead of ~3.
/// </summary>
internal sealed class BaselineTermWriter : IDisposable
{
    private readonly PhaseClock _clock;
    private readonly RawStatement _load;
    private readonly RawStatement _insert;
    private readonly RawStatement _update;
    private readonly RawStatement _addFrequency;
    private readonly Dictionary<string, int> _pending = new(StringComparer.Ordinal);
    private readonly TermCounter _counter = new();

    public BaselineTermWriter(RawDatabase database, PhaseClock clock)
    {
        _clock = clock;
        _load = database.Prepare("SELECT terms FROM paper_terms WHERE paper_id = ?1");
        _insert = database.Prepare("INSERT INTO paper_terms(paper_id, terms) VALUES(?1, ?2)");
        _update = database.Prepare("UPDATE paper_terms SET terms = ?2 WHERE paper_id = ?1");
        _addFrequency = database.Prepare("INSERT INTO term_df(term, df) VALUES(?1, ?2) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df");
    }

    /// <param name="callerPhase">The phase the time until this call belongs to.</param>
    public void Add(long paperId, string title, string summary, bool newPaper, string callerPhase)
    {
        _clock.Lap(callerPhase);
        var vector = TermIndexWriter.Compute(_counter, title, summary);
        _clock.Lap("term vectors: count and stem");
        (newPaper ? _insert : _update).Bind(1, paperId).Bind(2, vector.Encode()).Execute();
        foreach (var term in vector.Terms)
        {
            Count(term, 1);
        }

        Count(TermIndexWriter.DocumentCountTerm, newPaper ? 1 : 0);
        _clock.Lap("term vectors: insert paper_terms");
    }

    /// <summary>A merged paper's new vector: its old terms leave the frequencies first.</summary>
    public void Replace(long paperId, string title, string summary)
    {
        var hadVector = false;
        _load.Bind(1, paperId);
        if (_load.Step())
        {
            hadVector = true;
            foreach (var term in TermVector.Decode(_load.Blob(0)).Terms)
            {
                Count(term, -1);
            }
        }

        _load.Reset();
        Add(paperId, title, summary, newPaper: !hadVector, callerPhase: "merge");
    }

    /// <summary>Writes the summed document frequencies; call before COMMIT.</summary>
    public void Flush()
    {
        _clock.Lap("transaction");
        foreach (var (term, delta) in _pending)
        {
            if (delta != 0)
            {
                _addFrequency.Bind(1, term).Bind(2, delta).Execute();
            }
        }

        _pending.Clear();
        _clock.Lap("term vectors: upsert term_df");
    }

    public void Dispose()
    {
        _load.Dispose();
        _insert.Dispose();
        _update.Dispose();
        _addFrequency.Dispose();
    }

    private void Count(string term, int delta) =>
        _pending[term] = _pending.GetValueOrDefault(term) + delta;
}
