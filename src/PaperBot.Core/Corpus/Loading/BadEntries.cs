namespace PaperBot.Core.Corpus.Loading;

/// <summary>
/// The bad entries of one file: all counted, the first <see cref="MaxNamed"/> named, so a file of millions of
/// bad lines reports a readable list and holds no more than that in memory.
/// </summary>
internal sealed class BadEntries(string path)
{
    internal const int MaxNamed = 100;

    private readonly List<IngestFileError> _errors = [];

    public long Count { get; private set; }

    /// <summary>The named errors, and one line for the rest when there were more.</summary>
    public IEnumerable<IngestFileError> Errors => Count <= MaxNamed
        ? _errors
        : _errors.Append(new IngestFileError(path, null, $"{Count - MaxNamed} more bad lines skipped (the first {MaxNamed} are named above)"));

    public void Add(CorpusFormatException error)
    {
        Count++;
        if (_errors.Count < MaxNamed)
        {
            _errors.Add(new IngestFileError(path, error.Line, error.Message));
        }
    }
}
