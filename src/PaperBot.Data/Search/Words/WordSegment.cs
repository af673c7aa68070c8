using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Microsoft.Win32.SafeHandles;

namespace PaperBot.Data.Search.Words;

/// <summary>
/// An opened word index: the header, every paper's length and the dictionary in memory (a few MB at a million papers),
/// the postings read on demand, from the file or from memory when the index is small enough to live there.
/// Thread-safe for reading.
/// </summary>
internal sealed class WordSegment : IDisposable
{
    private readonly byte[]? _memory;
    private readonly SafeFileHandle? _file;
    private readonly ushort[] _lengths;
    private readonly byte[] _terms;
    private readonly int[] _termStarts;
    private readonly uint[] _paperCounts;
    private readonly long[] _offsets;
    private readonly int[] _byteLengths;
    private readonly uint[] _titleCounts;
    private readonly int[] _titleByteLengths;
    private readonly int[] _positionByteLengths;

    /// <summary>Postings between two remembered starts in a term's positions (<see cref="ReadSparsePositions"/>).</summary>
    private const int CheckpointEvery = 64;

    /// <summary>
    /// Positions are read block by block from checkpoints when fewer than one posting in this many is wanted; past
    /// that, one pass over all of them costs less.
    /// </summary>
    private const int SparseBelowOneIn = 32;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, int[]> _positionCheckpoints = new();

    /// <summary>A dictionary entry after the term's bytes: papers, offset, postings bytes, title papers, title postings bytes, positions bytes.</summary>
    public const int EntrySize = 4 + 8 + 4 + 4 + 4 + 4;

    private WordSegment(WordIndexHeader header, byte[]? memory, SafeFileHandle? file, ReadOnlySpan<byte> lengths, ReadOnlySpan<byte> dictionary)
    {
        Header = header;
        _memory = memory;
        _file = file;
        _lengths = new ushort[lengths.Length / sizeof(ushort)];
        for (var i = 0; i < _lengths.Length; i++)
        {
            _lengths[i] = BinaryPrimitives.ReadUInt16LittleEndian(lengths[(i * sizeof(ushort))..]);
        }

        var count = checked((int)header.TermCount);
        _termStarts = new int[count + 1];
        _paperCounts = new uint[count];
        _offsets = new long[count];
        _byteLengths = new int[count];
        _titleCounts = new uint[count];
        _titleByteLengths = new int[count];
        _positionByteLengths = new int[count];
        _terms = new byte[dictionary.Length - count * (2 + EntrySize)];
        var position = 0;
        var termPosition = 0;
        for (var i = 0; i < count; i++)
        {
            var length = BinaryPrimitives.ReadUInt16LittleEndian(dictionary[position..]);
            dictionary.Slice(position + 2, length).CopyTo(_terms.AsSpan(termPosition));
            _termStarts[i] = termPosition;
            termPosition += length;
            position += 2 + length;
            _paperCounts[i] = BinaryPrimitives.ReadUInt32LittleEndian(dictionary[position..]);
            _offsets[i] = BinaryPrimitives.ReadInt64LittleEndian(dictionary[(position + 4)..]);
            _byteLengths[i] = BinaryPrimitives.ReadInt32LittleEndian(dictionary[(position + 12)..]);
            _titleCounts[i] = BinaryPrimitives.ReadUInt32LittleEndian(dictionary[(position + 16)..]);
            _titleByteLengths[i] = BinaryPrimitives.ReadInt32LittleEndian(dictionary[(position + 20)..]);
            _positionByteLengths[i] = BinaryPrimitives.ReadInt32LittleEndian(dictionary[(position + 24)..]);
            position += EntrySize;
        }

        _termStarts[count] = termPosition;
    }

    private static long s_opened;

    public WordIndexHeader Header { get; }

    /// <summary>This opening's own number: what a reader that keeps postings between calls checks they came from.</summary>
    public long Stamp { get; } = Interlocked.Increment(ref s_opened);

    public int TermCount => _paperCounts.Length;

    /// <summary>A segment over an index written to memory.</summary>
    public static WordSegment FromMemory(byte[] bytes)
    {
        var header = WordIndexHeader.Read(bytes) ?? throw new InvalidDataException("Not a word index.");
        return new WordSegment(header, bytes, null, LengthSection(bytes, header), bytes.AsSpan(checked((int)header.DictionaryOffset), checked((int)header.DictionaryLength)));
    }

    /// <summary>The index in <paramref name="path"/>, or null when the file is missing, of another version, or cut short.</summary>
    public static WordSegment? TryOpen(string path)
    {
        SafeFileHandle? file = null;
        try
        {
            file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            var headerBytes = new byte[WordIndexHeader.Size];
            if (RandomAccess.Read(file, headerBytes, 0) != headerBytes.Length || WordIndexHeader.Read(headerBytes) is not { } header
                || header.DictionaryOffset + header.DictionaryLength != RandomAccess.GetLength(file))
            {
                file.Dispose();
                return null;
            }

            var lengths = new byte[checked((int)(header.PostingsOffset - WordIndexHeader.LengthsOffset))];
            var dictionary = new byte[checked((int)header.DictionaryLength)];
            RandomAccess.Read(file, lengths, WordIndexHeader.LengthsOffset);
            RandomAccess.Read(file, dictionary, header.DictionaryOffset);
            return new WordSegment(header, null, file, lengths, dictionary);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException or OverflowException or ArgumentException)
        {
            file?.Dispose();
            return null;
        }
    }

    /// <summary>Tokens in the paper's title and abstract as indexed; 0 when the paper is not in this index.</summary>
    public int LengthOf(long paperId) => paperId >= 0 && paperId < _lengths.Length ? _lengths[paperId] : 0;

    /// <summary>The index of <paramref name="term"/> (UTF-8), or -1.</summary>
    public int Find(ReadOnlySpan<byte> term)
    {
        var (low, high) = (0, TermCount - 1);
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var order = TermAt(middle).SequenceCompareTo(term);
            if (order == 0)
            {
                return middle;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return -1;
    }

    /// <summary>The terms that start with <paramref name="prefix"/>: indexes <c>[From, To)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (int From, int To) PrefixRange(ReadOnlySpan<byte> prefix)
    {
        var from = LowerBound(prefix);
        var to = from;
        while (to < TermCount && TermAt(to).StartsWith(prefix))
        {
            to++;
        }

        return (from, to);
    }

    public ReadOnlySpan<byte> TermAt(int index) => _terms.AsSpan(_termStarts[index], _termStarts[index + 1] - _termStarts[index]);

    /// <summary>Appends the term's postings (paper id, packed counts) to <paramref name="into"/>, in paper order.</summary>
    public void ReadPostings(int termIndex, PostingList into)
    {
        var rented = Bytes(_offsets[termIndex], _byteLengths[termIndex], out var bytes);
        try
        {
            var position = 0;
            long paper = 0;
            into.EnsureRoom((int)_paperCounts[termIndex]);
            while (position < bytes.Length)
            {
                paper += Varint.Read(bytes, ref position);
                into.Add((int)paper, Varint.Read(bytes, ref position));
            }
        }
        finally
        {
            Return(rented);
        }
    }

    /// <summary>Appends the papers with the term in their title to <paramref name="into"/> (counts 0), in paper order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void ReadTitlePostings(int termIndex, PostingList into)
    {
        var rented = Bytes(_offsets[termIndex] + _byteLengths[termIndex] + _positionByteLengths[termIndex], _titleByteLengths[termIndex], out var bytes);
        try
        {
            var position = 0;
            long paper = 0;
            into.EnsureRoom((int)_titleCounts[termIndex]);
            while (position < bytes.Length)
            {
                paper += Varint.Read(bytes, ref position);
                into.Add((int)paper, 0);
            }
        }
        finally
        {
            Return(rented);
        }
    }

    /// <summary>
    /// Reads the positions of the term's postings numbered <paramref name="ordinals"/> (ascending: the k-th posting of
    /// the term) into <paramref name="into"/>, in that order: for each, the title's offsets then the abstract's
    /// (<see cref="PostingPositions"/>). The others are skipped byte by byte, never decoded.
    /// </summary>
    public void ReadPositions(int termIndex, List<int> ordinals, PostingPositions into)
    {
        into.Clear();
        if (ordinals.Count == 0)
        {
            return;
        }

        if ((long)ordinals.Count * SparseBelowOneIn < _paperCounts[termIndex])
        {
            ReadSparsePositions(termIndex, ordinals, into);
            return;
        }

        var rented = Bytes(_offsets[termIndex] + _byteLengths[termIndex], _positionByteLengths[termIndex], out var bytes);
        try
        {
            // Every offset takes a byte at least: the byte length bounds them, so the arrays are sized once.
            into.EnsureRoom(bytes.Length, 2 * ordinals.Count);
            var position = 0;
            var next = 0;
            for (var posting = 0; position < bytes.Length && next < ordinals.Count; posting++)
            {
                if (ordinals[next] == posting)
                {
                    ReadPosting(bytes, ref position, into);
                    next++;
                }
                else
                {
                    SkipPosting(bytes, ref position);
                }
            }
        }
        finally
        {
            Return(rented);
        }
    }

    /// <summary>
    /// A few postings of a common term (the candidates of a bounded phrase): from the checkpoint before each, the
    /// postings between skipped, only the bytes of those blocks read. A block is at most <see cref="CheckpointEvery"/> postings.
    /// </summary>
    private void ReadSparsePositions(int termIndex, List<int> ordinals, PostingPositions into)
    {
        var checkpoints = _positionCheckpoints.GetOrAdd(termIndex, PositionCheckpoints);
        var start = _offsets[termIndex] + _byteLengths[termIndex];
        var total = _positionByteLengths[termIndex];
        var block = -1;
        byte[]? rented = null;
        ReadOnlySpan<byte> bytes = default;
        var (position, posting) = (0, 0);
        try
        {
            foreach (var ordinal in ordinals)
            {
                if (ordinal / CheckpointEvery != block)
                {
                    Return(rented);
                    block = ordinal / CheckpointEvery;
                    var end = block + 1 < checkpoints.Length ? checkpoints[block + 1] : total;
                    rented = Bytes(start + checkpoints[block], end - checkpoints[block], out bytes);
                    (position, posting) = (0, block * CheckpointEvery);

                    // Every offset takes a byte at least: the block's length bounds what it can add.
                    into.EnsureRoom(bytes.Length, 2 * CheckpointEvery);
                }

                for (; posting < ordinal; posting++)
                {
                    SkipPosting(bytes, ref position);
                }

                ReadPosting(bytes, ref position, into);
                posting++;
            }
        }
        finally
        {
            Return(rented);
        }
    }

    /// <summary>Where postings 0, <see cref="CheckpointEvery"/>, 2 × <see cref="CheckpointEvery"/>… of the term's positions start: one pass, then remembered.</summary>
    private int[] PositionCheckpoints(int termIndex)
    {
        var postings = (int)_paperCounts[termIndex];
        var checkpoints = new int[(postings + CheckpointEvery - 1) / CheckpointEvery];
        var rented = Bytes(_offsets[termIndex] + _byteLengths[termIndex], _positionByteLengths[termIndex], out var bytes);
        try
        {
            var position = 0;
            for (var posting = 0; posting < postings; posting++)
            {
                if (posting % CheckpointEvery == 0)
                {
                    checkpoints[posting / CheckpointEvery] = position;
                }

                SkipPosting(bytes, ref position);
            }
        }
        finally
        {
            Return(rented);
        }

        return checkpoints;
    }

    /// <summary>Reads one posting's positions: two columns (title, abstract), each a count and that many offset gaps.</summary>
    private static void ReadPosting(ReadOnlySpan<byte> bytes, ref int position, PostingPositions into)
    {
        for (var column = 0; column < 2; column++)
        {
            into.ReadColumn(bytes, ref position, (int)Varint.Read(bytes, ref position));
        }
    }

    /// <summary>Steps over one posting's positions: two columns, each a count and that many offsets.</summary>
    private static void SkipPosting(ReadOnlySpan<byte> bytes, ref int position)
    {
        for (var column = 0; column < 2; column++)
        {
            var count = (int)Varint.Read(bytes, ref position);
            for (var i = 0; i < count; i++)
            {
                while ((bytes[position++] & 0x80) != 0)
                {
                }
            }
        }
    }

    private byte[]? Bytes(long offset, int length, out ReadOnlySpan<byte> bytes)
    {
        if (_memory is not null)
        {
            bytes = _memory.AsSpan(checked((int)offset), length);
            return null;
        }

        var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        RandomAccess.Read(_file!, rented.AsSpan(0, length), offset);
        bytes = rented.AsSpan(0, length);
        return rented;
    }

    private static void Return(byte[]? rented)
    {
        if (rented is not null)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public void Dispose() => _file?.Dispose();

    private int LowerBound(ReadOnlySpan<byte> key)
    {
        var (low, high) = (0, TermCount);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (TermAt(middle).SequenceCompareTo(key) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static ReadOnlySpan<byte> LengthSection(byte[] bytes, WordIndexHeader header) =>
        bytes.AsSpan(checked((int)WordIndexHeader.LengthsOffset), checked((int)(header.PostingsOffset - WordIndexHeader.LengthsOffset)));
}
