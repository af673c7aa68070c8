namespace PaperBot.Data.Search;

/// <summary>How <c>search</c> ranks papers.</summary>
public enum SearchMode
{
    /// <summary>FTS5 BM25 only (title weighted over abstract): the cheapest.</summary>
    Bm25,

    /// <summary>BM25 candidates re-ranked by TF-IDF cosine (and dense cosine when embeddings exist), fused by reciprocal rank.</summary>
    Hybrid,
}
