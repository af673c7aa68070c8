namespace PaperBot.Retrieval.Search;

/// <summary>How <c>search</c> ranks papers.</summary>
public enum SearchMode
{
    /// <summary>FTS5 BM25 only (title weighted over abstract): the cheapest.</summary>
    Bm25,

    /// <summary>The embedding model's nearest papers only (BM25 while no paper has a vector): for measuring, mostly.</summary>
    Dense,

    /// <summary>BM25, TF-IDF cosine and dense cosine fused by weighted reciprocal rank (see <see cref="SearchOptions"/>).</summary>
    Hybrid,
}
