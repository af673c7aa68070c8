namespace PaperBot.Data.Vectors;

/// <summary>
/// Inverse document frequencies for the terms of one query, and the TF-IDF weights built on them:
/// weight = (1 + ln count) × ln(1 + papers / df). Vectors are made unit length, so a dot product is a cosine.
/// </summary>
internal sealed class IdfTable(long documents, IReadOnlyDictionary<string, long> frequencies)
{
    public double Idf(string term) =>
        Math.Log(1 + Math.Max(1, documents) / (double)Math.Max(1, frequencies.GetValueOrDefault(term)));

    /// <summary>The unit TF-IDF vector of a stored vector.</summary>
    public Dictionary<string, double> UnitWeights(TermVector vector)
    {
        var weights = new Dictionary<string, double>(vector.Length, StringComparer.Ordinal);
        for (var i = 0; i < vector.Length; i++)
        {
            weights[vector.Terms[i]] = (1 + Math.Log(vector.Counts[i])) * Idf(vector.Terms[i]);
        }

        return Normalize(weights);
    }

    /// <summary>The unit TF-IDF vector of a counted text (a query).</summary>
    public Dictionary<string, double> UnitWeights(IReadOnlyDictionary<string, int> counts)
    {
        var weights = new Dictionary<string, double>(counts.Count, StringComparer.Ordinal);
        foreach (var (term, count) in counts)
        {
            weights[term] = (1 + Math.Log(count)) * Idf(term);
        }

        return Normalize(weights);
    }

    /// <summary>The cosine of two unit vectors: the sum over the shorter one's terms.</summary>
    public static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var dot = 0.0;
        foreach (var (term, weight) in small)
        {
            if (large.TryGetValue(term, out var other))
            {
                dot += weight * other;
            }
        }

        return dot;
    }

    private static Dictionary<string, double> Normalize(Dictionary<string, double> weights)
    {
        var norm = Math.Sqrt(weights.Values.Sum(w => w * w));
        if (norm > 0)
        {
            foreach (var term in weights.Keys.ToList())
            {
                weights[term] /= norm;
            }
        }

        return weights;
    }
}
