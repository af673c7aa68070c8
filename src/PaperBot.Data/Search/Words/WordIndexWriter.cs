using System.Buffers.Binary;

namespace PaperBot.Data.Search.Words;

/// <summary>
/// Writes a word index from FTS5's own tokens: each paper's length, then for every term (in byte order) its postings
/// (paper-id gaps and packed counts as varints), its positions (per posting: the title's offsets, then the abstract's,
/// each list its length and gaps; what phrases are matched with), its title postings (the gaps of the papers with the
/// term in their title, for autocomplete), then the dictionary. The tokens arrive already in index order, so the
/// whole build streams: memory holds one term's position and the dictionary, never the postings.
/// </summary>
internal static class WordIndexWriter
{
    /// <param name="output">A seekable, empty stream: the header is written last, at its start.</param>
    /// <param name="lengths">Tokens in each paper's title and abstract, by paper id (0 where there is no paper).</param>
    /// <param name="coverage">What the index covers: <see cref="WordIndexHeader.MaxPaperId"/>, change seq and fingerprint.</param>
    public static WordIndexHeader Write(Stream output, ushort[] lengths, TokenInstances tokens, WordIndexHeader coverage, CancellationToken cancellationToken)
    {
        var start = output.Position;
        output.Write(new byte[WordIndexHeader.Size]);
        var lengthBytes = new byte[lengths.Length * sizeof(ushort)];
        long paperCount = 0, totalTokens = 0;
        for (var id = 0; id < lengths.Length; id++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(lengthBytes.AsSpan(id * sizeof(ushort)), lengths[id]);
            paperCount += lengths[id] > 0 ? 1 : 0;
            totalTokens += lengths[id];
        }

        output.Write(lengthBytes);
        var postingsOffset = output.Position - start;
        using var dictionary = new MemoryStream();
        using var term = new TermState();
        long rows = 0;
        while (tokens.Next())
        {
            if ((++rows & 0xFFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var text = tokens.Term;
            if (!term.Is(text))
            {
                term.Finish(output, dictionary, start);
                term.Begin(text, output.Position - start);
            }

            term.Add(output, tokens.Paper, tokens.InTitle, tokens.Offset);
        }

        term.Finish(output, dictionary, start);
        var dictionaryOffset = output.Position - start;
        dictionary.Position = 0;
        dictionary.CopyTo(output);
        var header = coverage with
        {
            PaperCount = paperCount,
            TotalTokens = totalTokens,
            TermCount = term.Count,
            PostingsOffset = postingsOffset,
            DictionaryOffset = dictionaryOffset,
            DictionaryLength = dictionary.Length,
        };
        var headerBytes = new byte[WordIndexHeader.Size];
        header.WriteTo(headerBytes);
        var end = output.Position;
        output.Position = start;
        output.Write(headerBytes);
        output.Position = end;
        return header;
    }

    /// <summary>The term being written: its bytes, where its postings started, and the paper whose counts are open.</summary>
    private sealed class TermState : IDisposable
    {
        private byte[] _bytes = new byte[64];
        private int _length = -1;
        private bool _open;
        private long _offset;
        private long _paper = -1;
        private long _previousPaper;
        private int _titleCount;
        private int _abstractCount;
        private uint _papers;
        private uint _titles;
        private long _previousTitlePaper;
        private readonly MemoryStream _titlePostings = new();
        private readonly MemoryStream _positions = new();
        private readonly List<int> _titleOffsets = [];
        private readonly List<int> _abstractOffsets = [];

        public long Count { get; private set; }

        public void Dispose()
        {
            _titlePostings.Dispose();
            _positions.Dispose();
        }

        public bool Is(ReadOnlySpan<byte> text) => _open && text.SequenceEqual(_bytes.AsSpan(0, _length));

        public void Begin(ReadOnlySpan<byte> text, long offset)
        {
            if (_length >= 0 && text.SequenceCompareTo(_bytes.AsSpan(0, _length)) <= 0)
            {
                throw new InvalidDataException("FTS5 returned terms out of byte order: the word index cannot be built from it.");
            }

            if (text.Length > _bytes.Length)
            {
                _bytes = new byte[Math.Max(text.Length, _bytes.Length * 2)];
            }

            text.CopyTo(_bytes);
            _length = text.Length;
            _open = true;
            _offset = offset;
            _paper = -1;
            _previousPaper = 0;
            _papers = 0;
            _titles = 0;
            _previousTitlePaper = 0;
            _titlePostings.SetLength(0);
            _positions.SetLength(0);
        }

        public void Add(Stream output, long paper, bool inTitle, int offset)
        {
            if (paper != _paper)
            {
                FlushPaper(output);
                _paper = paper;
            }

            if (inTitle)
            {
                _titleCount++;
                _titleOffsets.Add(offset);
            }
            else
            {
                _abstractCount++;
                _abstractOffsets.Add(offset);
            }
        }

        public void Finish(Stream output, Stream dictionary, long start)
        {
            if (!_open)
            {
                return;
            }

            FlushPaper(output);
            var postingsLength = checked((int)(output.Position - start - _offset));
            _positions.Position = 0;
            _positions.CopyTo(output);
            _titlePostings.Position = 0;
            _titlePostings.CopyTo(output);
            Span<byte> entry = stackalloc byte[2 + WordSegment.EntrySize];
            BinaryPrimitives.WriteUInt16LittleEndian(entry, (ushort)_length);
            dictionary.Write(entry[..2]);
            dictionary.Write(_bytes, 0, _length);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[2..], _papers);
            BinaryPrimitives.WriteInt64LittleEndian(entry[6..], _offset);
            BinaryPrimitives.WriteInt32LittleEndian(entry[14..], postingsLength);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[18..], _titles);
            BinaryPrimitives.WriteInt32LittleEndian(entry[22..], checked((int)_titlePostings.Length));
            BinaryPrimitives.WriteInt32LittleEndian(entry[26..], checked((int)_positions.Length));
            dictionary.Write(entry[2..]);
            Count++;
            _open = false;
        }

        /// <summary>One column's offsets of the term in the paper: how many, then the gaps (FTS5 gives them in order).</summary>
        private void WriteOffsets(List<int> offsets)
        {
            Varint.Write(_positions, (uint)offsets.Count);
            var previous = 0;
            foreach (var offset in offsets)
            {
                Varint.Write(_positions, (uint)(offset - previous));
                previous = offset;
            }

            offsets.Clear();
        }

        private void FlushPaper(Stream output)
        {
            if (_paper < 0)
            {
                return;
            }

            Varint.Write(output, checked((uint)(_paper - _previousPaper)));
            Varint.Write(output, WordPostings.Pack(_titleCount, _abstractCount));
            _previousPaper = _paper;
            WriteOffsets(_titleOffsets);
            WriteOffsets(_abstractOffsets);
            if (_titleCount > 0)
            {
                Varint.Write(_titlePostings, checked((uint)(_paper - _previousTitlePaper)));
                _previousTitlePaper = _paper;
                _titles++;
            }

            _papers++;
            _titleCount = 0;
            _abstractCount = 0;
            _paper = -1;
        }
    }
}
