namespace PaperBot.Core.Papers.Vectors;

/// <summary>Dense vectors as every store keeps them: unit length, so cosine similarity is a dot product.</summary>
public static class UnitVectors
{
    /// <summary>A unit-length copy; the zero vector stays zero (it is similar to nothing). NaN or infinity is refused.</summary>
    public static float[] Normalize(ReadOnlySpan<float> vector)
    {
        double sum = 0;
        foreach (var value in vector)
        {
            if (!float.IsFinite(value))
            {
                throw new ArgumentException("An embedding contains NaN or infinity.", nameof(vector));
            }

            sum += (double)value * value;
        }

        var copy = vector.ToArray();
        var norm = (float)Math.Sqrt(sum);
        if (norm > 0)
        {
            for (var i = 0; i < copy.Length; i++)
            {
                copy[i] /= norm;
            }
        }

        return copy;
    }

    /// <summary>The dot product of two vectors of one length.</summary>
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        float sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
