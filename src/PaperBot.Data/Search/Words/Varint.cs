namespace PaperBot.Data.Search.Words;

/// <summary>
/// The two integer encodings the word index meets: its own postings (little-endian base-128, as compact for the small
/// gaps and counts that dominate) and SQLite's big-endian varints, which FTS5 writes into <c>papers_fts_docsize</c>.
/// </summary>
internal static class Varint
{
    public static void Write(Stream stream, uint value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        stream.WriteByte((byte)value);
    }

    public static uint Read(ReadOnlySpan<byte> bytes, ref int position)
    {
        uint value = 0;
        var shift = 0;
        byte b;
        do
        {
            b = bytes[position++];
            value |= (uint)(b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);

        return value;
    }

    /// <summary>One SQLite varint (most significant group first) from <paramref name="bytes"/>, advancing <paramref name="position"/>.</summary>
    public static long ReadSqlite(ReadOnlySpan<byte> bytes, ref int position)
    {
        long value = 0;
        for (var i = 0; i < 8; i++)
        {
            var b = bytes[position++];
            value = (value << 7) | (long)(b & 0x7F);
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        // The ninth byte contributes all eight bits.
        return (value << 8) | bytes[position++];
    }
}
