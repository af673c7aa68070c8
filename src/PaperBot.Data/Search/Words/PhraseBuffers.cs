namespace PaperBot.Data.Search.Words;

/// <summary>
/// The arrays a phrase is matched with, kept by a <see cref="WordRanker"/> and reused search after search: a phrase of
/// common words at a million papers reads millions of postings and positions, and fresh arrays each time would keep
/// the garbage collector busy in the middle of other members' searches.
/// </summary>
internal sealed class PhraseBuffers
{
    private readonly List<PostingList> _postings = [];
    private readonly List<PostingPositions> _positions = [];
    private readonly List<List<int>> _ordinals = [];
    private (long Segment, int Term)[] _held = [];

    public PostingList FromBuilt { get; } = new();

    public PostingList FromRecent { get; } = new();

    public List<int> Papers { get; } = [];

    private uint[] _counts = [];

    /// <summary>An array of at least <paramref name="papers"/> counts (its contents are overwritten).</summary>
    public uint[] Counts(int papers)
    {
        if (_counts.Length < papers)
        {
            _counts = new uint[Math.Max(papers, 2 * _counts.Length)];
        }

        return _counts;
    }

    public PostingList Postings(int term) => Get(_postings, term, () => new PostingList());

    /// <summary>
    /// Which segment and term each of the first <paramref name="terms"/> <see cref="Postings"/> lists holds: a bounded
    /// phrase's batches look up the same words again, and a million postings need not be decoded for each batch.
    /// </summary>
    public (long Segment, int Term)[] Held(int terms)
    {
        if (_held.Length < terms)
        {
            Array.Resize(ref _held, terms);
        }

        return _held;
    }

    public PostingPositions Positions(int term) => Get(_positions, term, () => new PostingPositions());

    public List<int> Ordinals(int term) => Get(_ordinals, term, () => []);

    private static T Get<T>(List<T> items, int index, Func<T> create)
    {
        while (items.Count <= index)
        {
            items.Add(create());
        }

        return items[index];
    }
}
