using System.Buffers.Binary;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace PaperBot.Data.Vectors;

/// <summary>Dense vectors as stored: little-endian float32, one after another, whatever the machine's byte order.</summary>
internal static class VectorBlob
{
    public static byte[] Encode(ReadOnlySpan<float> vector)
    {
        var blob = new byte[vector.Length * sizeof(float)];
        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.AsBytes(vector).CopyTo(blob);
        }
        else
        {
            for (var i = 0; i < vector.Length; i++)
            {
                BinaryPrimitives.WriteSingleLittleEndian(blob.AsSpan(i * sizeof(float)), vector[i]);
            }
        }

        return blob;
    }

    public static float[] Decode(ReadOnlySpan<byte> blob)
    {
        var vector = new float[blob.Length / sizeof(float)];
        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.Cast<byte, float>(blob[..(vector.Length * sizeof(float))]).CopyTo(vector);
        }
        else
        {
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] = BinaryPrimitives.ReadSingleLittleEndian(blob[(i * sizeof(float))..]);
            }
        }

        return vector;
    }

    /// <summary>The dot product of a stored (unit) vector with <paramref name="query"/>, read in place where possible.</summary>
    public static float Dot(ReadOnlySpan<byte> blob, ReadOnlySpan<float> query) =>
        BitConverter.IsLittleEndian
            ? TensorPrimitives.Dot(MemoryMarshal.Cast<byte, float>(blob), query)
            : TensorPrimitives.Dot(Decode(blob), query);
}

