namespace PaperBot.Data.Search.Words;

/// <summary>A growable list of postings, paper ids ascending, reused across queries to keep search allocation-free.</summary>
internal sealed class PostingList(int capacity = 256)
{
    public int[] Papers { get; private set; } = new int[capacity];

    /// <summary>Packed counts (<see cref="WordPostings"/>) as read from a segment, or wide counts once merged.</summary>
    public uint[] Counts { get; private set; } = new uint[capacity];

    public int Count { get; private set; }

    public void Clear() => Count = 0;

    /// <summary>Drops, from index <paramref name="start"/> on, the postings of papers <paramref name="drop"/> names.</summary>
    public void RemoveFrom(int start, Func<int, bool> drop)
    {
        var write = start;
        for (var i = start; i < Count; i++)
        {
            if (!drop(Papers[i]))
            {
                Papers[write] = Papers[i];
                Counts[write++] = Counts[i];
            }
        }

        Count = write;
    }

    public void EnsureRoom(int more)
    {
        if (Count + more > Papers.Length)
        {
            var size = Math.Max(Count + more, Papers.Length * 2);
            var papers = new int[size];
            var counts = new uint[size];
            Array.Copy(Papers, papers, Count);
            Array.Copy(Counts, counts, Count);
            (Papers, Counts) = (papers, counts);
        }
    }

    public void Add(int paper, uint count)
    {
        if (Count == Papers.Length)
        {
            EnsureRoom(1);
        }

        Papers[Count] = paper;
        Counts[Count] = count;
        Count++;
    }

    /// <summary>Appends every posting of <paramref name="other"/>.</summary>
    public void AddRange(PostingList other)
    {
        EnsureRoom(other.Count);
        Array.Copy(other.Papers, 0, Papers, Count, other.Count);
        Array.Copy(other.Counts, 0, Counts, Count, other.Count);
        Count += other.Count;
    }

    /// <summary>Keeps the papers also in <paramref name="other"/>, each with the count <paramref name="combine"/> gives.</summary>
    public void KeepCommon(PostingList other, Func<uint, uint, uint> combine)
    {
        var (i, j, write) = (0, 0, 0);
        while (i < Count && j < other.Count)
        {
            var (a, b) = (Papers[i], other.Papers[j]);
            if (a == b)
            {
                Papers[write] = a;
                Counts[write++] = combine(Counts[i], other.Counts[j]);
                i++;
                j++;
            }
            else if (a < b)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        Count = write;
    }
}
