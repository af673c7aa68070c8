using System.Globalization;
using System.Text.Json;
using SQLite;

namespace PaperBot.Data.Vectors;

/// <summary>Reads stored sparse vectors and the document frequencies of their terms, for a set of candidates at a time.</summary>
internal static class SparseIndex
{
    // json_each takes the whole set as one parameter, however many candidates there are.
    private const string VectorsSql = "SELECT paper_id AS PaperId, terms AS Terms FROM paper_terms WHERE paper_id IN (SELECT value FROM json_each(?))";
    private const string FrequenciesSql = "SELECT term AS Term, df AS Df FROM term_df WHERE term IN (SELECT value FROM json_each(?))";

    public static Dictionary<long, TermVector> LoadVectors(SQLiteConnection connection, IEnumerable<long> paperIds)
    {
        var json = "[" + string.Join(',', paperIds.Select(id => id.ToString(CultureInfo.InvariantCulture))) + "]";
        return connection.Query<VectorRow>(VectorsSql, json).ToDictionary(r => r.PaperId, r => TermVector.Decode(r.Terms));
    }

    /// <summary>The IDF table for <paramref name="terms"/> (and the paper count it needs).</summary>
    public static IdfTable LoadIdf(SQLiteConnection connection, IEnumerable<string> terms)
    {
        var wanted = terms.Append(TermIndexWriter.DocumentCountTerm).Distinct(StringComparer.Ordinal).ToList();
        var json = JsonSerializer.Serialize<IReadOnlyList<string>>(wanted, DataJsonContext.Default.IReadOnlyListString);
        var frequencies = connection.Query<FrequencyRow>(FrequenciesSql, json).ToDictionary(r => r.Term, r => r.Df, StringComparer.Ordinal);
        var documents = frequencies.GetValueOrDefault(TermIndexWriter.DocumentCountTerm);
        return new IdfTable(documents, frequencies);
    }

    private sealed class VectorRow
    {
        public long PaperId { get; set; }
        public byte[] Terms { get; set; } = [];
    }

    private sealed class FrequencyRow
    {
        public string Term { get; set; } = "";
        public long Df { get; set; }
    }
}
