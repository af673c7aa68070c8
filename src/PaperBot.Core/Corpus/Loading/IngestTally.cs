namespace PaperBot.Core.Corpus.Loading;

/// <summary>Counts what one ingest run did, file by file.</summary>
internal sealed class IngestTally
{
    private readonly List<IngestFileError> _errors = [];
    private int _ingested;
    private int _skipped;
    private int _failed;
    private long _entries;
    private long _new;
    private long _filteredOut;
    private long _badEntries;

    public void Ingest(long entries, long added)
    {
        _ingested++;
        _entries += entries;
        _new += added;
    }

    public void Skip() => _skipped++;

    public void FilterOut(long entries) => _filteredOut += entries;

    /// <summary>Bad entries of a file that was loaded: counted, and the ones kept by <see cref="BadEntries"/> named.</summary>
    public void Reject(BadEntries bad)
    {
        _badEntries += bad.Count;
        _errors.AddRange(bad.Errors);
    }

    public void Fail(IngestFileError error)
    {
        _failed++;
        _errors.Add(error);
    }

    public IngestReport ToReport() => new(
        Files: _ingested + _skipped + _failed,
        Ingested: _ingested,
        Skipped: _skipped,
        Failed: _failed,
        Entries: _entries,
        New: _new,
        Merged: _entries - _new,
        Errors: _errors.ToList())
    {
        FilteredOut = _filteredOut,
        BadEntries = _badEntries,
    };
}
