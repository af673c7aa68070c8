using System.Runtime.InteropServices;
using PaperBot.Data.Database;
using SQLite;

namespace PaperBot.Data.Vectors;

/// <summary>
/// Writes sparse vectors inside the caller's transaction and keeps <c>term_df</c> in step. Document frequencies are
/// summed in memory and written once per file by <see cref="Flush"/>, so a paper costs one insert, not one per term.
/// </summary>
internal sealed class TermIndexWriter : IDisposable
{
    /// <summary>Terms kept per paper: enough to say what it is about, small enough to stay cheap at ingest.</summary>
    public const int TermsPerPaper = 32;

    /// <summary>A title word counts as this many abstract words, as the title weighs more in BM25.</summary>
    public const int TitleWeight = 3;

    /// <summary>The <c>term_df</c> row that counts the papers with a vector.</summary>
    public const string DocumentCountTerm = "";

    /// <summary>Summed frequencies kept before writing them early (still in the transaction), so memory stays flat on a huge file.</summary>
    public const int MaxPendingTerms = 50_000;

    private readonly Statement _load;
    private readonly Statement _insert;
    private readonly Statement _update;
    private readonly Statement _addFrequency;
    private readonly Dictionary<string, int> _pending = new(StringComparer.Ordinal);

    public TermIndexWriter(SQLiteConnection connection)
    {
        _load = new Statement(connection, "SELECT terms FROM paper_terms WHERE paper_id = ?1");
        // Plain INSERT or UPDATE, never INSERT OR REPLACE: that may open a statement transaction, and FTS5 writes its
        // pending index data out at every one, which inside an ingest transaction costs a hundred times the insert.
        _insert = new Statement(connection, "INSERT INTO paper_terms(paper_id, terms) VALUES(?1, ?2)");
        _update = new Statement(connection, "UPDATE paper_terms SET terms = ?2 WHERE paper_id = ?1");
        _addFrequency = new Statement(connection, "INSERT INTO term_df(term, df) VALUES(?1, ?2) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df");
    }

    /// <summary>The vector of a title and abstract, as ingest stores it.</summary>
    public static TermVector Compute(TermCounter counter, string title, string summary)
    {
        counter.Clear();
        counter.Add(title, TitleWeight);
        counter.Add(summary, 1);
        return counter.Top(TermsPerPaper);
    }

    /// <summary>Stores a paper's vector; <paramref name="newPaper"/> when it had none (it then counts as one more paper).</summary>
    public void Store(long paperId, TermVector vector, bool newPaper)
    {
        StoreEncoded(paperId, vector.Encode(), newPaper);
        foreach (var term in vector.Terms)
        {
            Count(term, 1);
        }

        Count(DocumentCountTerm, newPaper ? 1 : 0);
    }

    /// <summary>Stores an encoded vector whose terms the caller counts with <see cref="AddFrequencies"/>.</summary>
    public void StoreEncoded(long paperId, byte[] blob, bool newPaper) =>
        (newPaper ? _insert : _update).Bind(1, paperId).Bind(2, blob).Execute();

    /// <summary>Adds term counts summed elsewhere (a batch of vectors) and <paramref name="newPapers"/> to the paper count.</summary>
    public void AddFrequencies(IReadOnlyDictionary<string, int> frequencies, int newPapers)
    {
        foreach (var (term, count) in frequencies)
        {
            Count(term, count);
        }

        Count(DocumentCountTerm, newPapers);
        if (_pending.Count >= MaxPendingTerms)
        {
            Flush();
        }
    }

    /// <summary>Takes a paper's stored vector out of the frequencies before it is replaced; false when it had none.</summary>
    public bool Forget(long paperId)
    {
        _load.Bind(1, paperId);
        try
        {
            if (!_load.Read())
            {
                return false;
            }

            foreach (var term in TermVector.Decode(_load.GetBlobSpan(0)).Terms)
            {
                Count(term, -1);
            }

            return true;
        }
        finally
        {
            _load.Reset();
        }
    }

    /// <summary>Writes the summed document frequencies; call before the transaction commits.</summary>
    public void Flush()
    {
        foreach (var (term, delta) in _pending)
        {
            if (delta != 0)
            {
                _addFrequency.Bind(1, term).Bind(2, delta).Execute();
            }
        }

        _pending.Clear();
    }

    /// <summary>Forgets what was not flushed (the transaction rolled back).</summary>
    public void Discard() => _pending.Clear();

    public void Dispose()
    {
        _load.Dispose();
        _insert.Dispose();
        _update.Dispose();
        _addFrequency.Dispose();
    }

    private void Count(string term, int delta) =>
        CollectionsMarshal.GetValueRefOrAddDefault(_pending, term, out _) += delta;
}
