using System.Buffers.Binary;

namespace PaperBot.Data.Search.Words;

/// <summary>
/// The fixed-size start of a word index: what it covers (papers up to <see cref="MaxPaperId"/>, word changes up to
/// <see cref="ChangeSeq"/>) and where its sections are. Layout: header, paper lengths, postings, dictionary.
/// </summary>
internal sealed record WordIndexHeader
{
    public const int Size = 128;
    private const int FormatVersion = 3;
    private static ReadOnlySpan<byte> Magic => "PBWORDS\0"u8;

    /// <summary>Papers indexed.</summary>
    public long PaperCount { get; init; }

    /// <summary>The largest paper id indexed: a paper above it was added later.</summary>
    public long MaxPaperId { get; init; }

    /// <summary>The last <c>word_changes</c> sequence number reflected: changes after it are not.</summary>
    public long ChangeSeq { get; init; }

    /// <summary>A hash of the newest indexed paper's row, so an index beside a replaced database is never trusted.</summary>
    public long Fingerprint { get; init; }

    /// <summary>Tokens in every title and abstract, for BM25's average length.</summary>
    public long TotalTokens { get; init; }

    public long TermCount { get; init; }

    public long PostingsOffset { get; init; }

    public long DictionaryOffset { get; init; }

    public long DictionaryLength { get; init; }

    public static long LengthsOffset => Size;

    public void WriteTo(Span<byte> bytes)
    {
        bytes[..Size].Clear();
        Magic.CopyTo(bytes);
        BinaryPrimitives.WriteInt32LittleEndian(bytes[8..], FormatVersion);
        var fields = new[] { PaperCount, MaxPaperId, ChangeSeq, Fingerprint, TotalTokens, TermCount, PostingsOffset, DictionaryOffset, DictionaryLength };
        for (var i = 0; i < fields.Length; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(bytes[(16 + 8 * i)..], fields[i]);
        }
    }

    /// <summary>The header in <paramref name="bytes"/>, or null when they are not a word index of this version.</summary>
    public static WordIndexHeader? Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < Size || !bytes[..8].SequenceEqual(Magic) || BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]) != FormatVersion)
        {
            return null;
        }

        var fields = new long[9];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = BinaryPrimitives.ReadInt64LittleEndian(bytes[(16 + 8 * i)..]);
        }

        return new WordIndexHeader
        {
            PaperCount = fields[0],
            MaxPaperId = fields[1],
            ChangeSeq = fields[2],
            Fingerprint = fields[3],
            TotalTokens = fields[4],
            TermCount = fields[5],
            PostingsOffset = fields[6],
            DictionaryOffset = fields[7],
            DictionaryLength = fields[8],
        };
    }
}
