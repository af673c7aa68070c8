using PaperBot.Data.Search;
using PaperBot.Data.Vectors;

namespace PaperBot.Tests.Data.Search;

/// <summary>Query terms counted on kept counters: the same as a fresh counter's, whatever ran on the counter before and beside.</summary>
public sealed class QueryTermsTests
{
    private static readonly string[] Queries =
    [
        "Speculative decoding with draft models",
        "how do mixture-of-experts models route tokens?",
        "KV cache compression for long contexts",
        "the of and",
        "Quantization quantized QUANTIZE",
        "",
        string.Join(' ', Enumerable.Range(0, 400).Select(i => $"pasted{i % 97} abstract{i % 31} words")),
    ];

    [Fact]
    public void Of_ManySearchesAtOnce_EachGetsItsOwnQuerysTermsAndContentWords()
    {
        var expected = Queries.Select(Fresh).ToArray();
        var wrong = 0;

        // Long and short texts side by side, so that calls overlap: a counter two searches shared would mix their words.
        Parallel.For(0, 4_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var (counts, content) = QueryTerms.Of(Queries[i % Queries.Length]);
            var (expectedCounts, expectedContent) = expected[i % Queries.Length];
            if (!counts.OrderBy(p => p.Key, StringComparer.Ordinal).SequenceEqual(expectedCounts) || content?.AnyTerm != expectedContent)
            {
                Interlocked.Increment(ref wrong);
            }
        });

        Assert.Equal(0, wrong);
        Assert.Contains(expected, e => e.Counts.Count >= 3);
        Assert.Null(QueryTerms.Of("the of and").ContentWords);
    }

    private static (List<KeyValuePair<string, int>> Counts, string? Content) Fresh(string query)
    {
        var counter = TermCounter.Of(query, keepSurfaceWords: true);
        var counts = counter.Counts.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        return (counts, FtsQuery.AnyOfQuery(counter.Counts.Keys.Select(counter.SurfaceOf))?.AnyTerm);
    }
}
