using PaperBot.Core.Corpus;

namespace PaperBot.Data.Ingest;

/// <summary>Counts what one ingest run did, file by file.</summary>
internal sealed class IngestTally
{
    private readonly List<IngestFileError> _errors = [];
    private int _ingested;
    private int _skipped;
    private long _entries;
    private long _new;

    public void Ingest(long entries, long added)
    {
        _ingested++;
        _entries += entries;
        _new += added;
    }

    public void Skip() => _skipped++;

    public void Fail(IngestFileError error) => _errors.Add(error);

    public IngestReport ToReport() => new(
        Files: _ingested + _skipped + _errors.Count,
        Ingested: _ingested,
        Skipped: _skipped,
        Failed: _errors.Count,
        Entries: _entries,
        New: _new,
        Merged: _entries - _new,
        Errors: _errors.ToList());
}
