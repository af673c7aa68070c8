using System.Text;

namespace PaperBot.Data.Vectors;

/// <summary>
/// A paper's sparse vector as stored: its top terms and how often each occurs (title words count
/// <see cref="TermIndexWriter.TitleWeight"/> times). IDF is applied at query time, from <c>term_df</c>, so a vector
/// never needs recomputing when other papers arrive.
/// </summary>
internal sealed class TermVector(string[] terms, int[] counts)
{
    /// <summary>Counts are stored in one byte.</summary>
    public const int MaxCount = 255;

    public IReadOnlyList<string> Terms => terms;

    public IReadOnlyList<int> Counts => counts;

    public int Length => terms.Length;

    /// <summary>The BLOB: per term, its count (1 byte), its UTF-8 length (1 byte) and its UTF-8 bytes.</summary>
    public byte[] Encode()
    {
        var size = 0;
        foreach (var term in terms)
        {
            size += 2 + Encoding.UTF8.GetByteCount(term);
        }

        var blob = new byte[size];
        var at = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            blob[at] = (byte)Math.Clamp(counts[i], 1, MaxCount);
            var written = Encoding.UTF8.GetBytes(terms[i], blob.AsSpan(at + 2));
            blob[at + 1] = (byte)written;
            at += 2 + written;
        }

        return blob;
    }

    public static TermVector Decode(ReadOnlySpan<byte> blob)
    {
        var terms = new List<string>(32);
        var counts = new List<int>(32);
        var at = 0;
        while (at + 2 <= blob.Length)
        {
            int count = blob[at], length = blob[at + 1];
            if (at + 2 + length > blob.Length)
            {
                break;
            }

            terms.Add(Encoding.UTF8.GetString(blob.Slice(at + 2, length)));
            counts.Add(count);
            at += 2 + length;
        }

        return new TermVector([.. terms], [.. counts]);
    }
}
