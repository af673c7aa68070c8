namespace PaperBot.Data.Search.Words;

/// <summary>
/// The positions of a term's postings, read in posting order: two columns (title, abstract) per posting, each a run of
/// offsets. Column c of posting k is <c>Offsets[Starts[2k + c] .. Starts[2k + c + 1])</c>.
/// </summary>
internal sealed class PostingPositions
{
    private int[] _starts = new int[512];
    private int _columns;

    public int[] Offsets { get; private set; } = new int[1024];

    public int Count { get; private set; }

    public void Clear()
    {
        _columns = 0;
        Count = 0;
    }

    /// <summary>Makes room at once for <paramref name="offsets"/> more offsets in <paramref name="columns"/> more columns.</summary>
    public void EnsureRoom(int offsets, int columns)
    {
        // Doubling, so that many small requests cost what one large one does.
        if (Count + offsets > Offsets.Length)
        {
            var grown = Offsets;
            Array.Resize(ref grown, Math.Max(Count + offsets, 2 * grown.Length));
            Offsets = grown;
        }

        if (_columns + columns + 2 > _starts.Length)
        {
            Array.Resize(ref _starts, Math.Max(_columns + columns + 2, 2 * _starts.Length));
        }
    }

    /// <summary>
    /// Decodes one column of <paramref name="count"/> offset gaps from <paramref name="bytes"/> at <paramref name="position"/>:
    /// the hot loop of a phrase, so it writes the array directly (room made beforehand with <see cref="EnsureRoom"/>).
    /// </summary>
    public void ReadColumn(ReadOnlySpan<byte> bytes, ref int position, int count)
    {
        _starts[_columns++] = Count;
        var offsets = Offsets;
        var at = Count;
        var offset = 0;
        for (var i = 0; i < count; i++)
        {
            offset += (int)Varint.Read(bytes, ref position);
            offsets[at++] = offset;
        }

        Count = at;
        _starts[_columns] = at;
    }

    /// <summary>Where in <see cref="Offsets"/> column <paramref name="column"/> (0 title, 1 abstract) of the posting at <paramref name="index"/> is: <c>[Start, End)</c>.</summary>
    public (int Start, int End) RangeOf(int index, int column)
    {
        var at = 2 * index + column;
        return (_starts[at], _starts[at + 1]);
    }
}
