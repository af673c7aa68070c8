using System.ComponentModel.DataAnnotations;

namespace PaperBot.Retrieval.Search;

/// <summary>How search ranks papers. Section <c>Search</c>.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>
    /// <c>Bm25</c> or <c>Hybrid</c>. Default <c>Hybrid</c>: on the evaluation questions (<c>eval/queries.tsv</c>, bundled
    /// corpus) hybrid with the local embedding model (the default) beats BM25 on every figure: recall@1 0.966 against
    /// 0.948, recall@5 1.000 against 0.966, MRR 0.983 against 0.957. Without any embedding model (<c>Ai:LocalEmbeddings</c>
    /// false) hybrid puts the right paper first less often (recall@1 0.90, MRR 0.93) but finds more in the top 5 (0.98);
    /// choose <c>Bm25</c> then if the first result matters most.
    /// </summary>
    [EnumDataType(typeof(SearchMode), ErrorMessage = "Search:Mode must be Bm25, Dense or Hybrid.")]
    public SearchMode Mode { get; set; } = SearchMode.Hybrid;

    /// <summary>
    /// Rank BM25 with the word index beside the database (default true): the same ranking as FTS5's <c>bm25()</c>, at
    /// chat speed over a million papers. False ranks inside FTS5, which scores every matching row.
    /// </summary>
    public bool WordIndex { get; set; } = true;

    /// <summary>Candidates each ranking contributes to hybrid search and related papers. Default 100.</summary>
    [Range(10, 1000, ErrorMessage = "Search:Candidates must be between 10 and 1000.")]
    public int Candidates { get; set; } = 100;

    // The fusion defaults were chosen on eval/queries.tsv (58 questions) and eval/paraphrase.tsv (264 strongly
    // paraphrased ones) with the local model, by a grid over k 10-60, TF-IDF 0-1 and dense 0.3-1.5 (README, "Search
    // quality"): the only settings at least as good as the best single ranking at recall@5 on both sets while losing
    // less than 0.02 at recall@1 had no TF-IDF and the dense ranking at 0.6-0.7 of BM25 with a small k.

    /// <summary>How much the BM25 ranking counts in hybrid search (weighted reciprocal rank fusion). Default 1.</summary>
    [Range(0.0, 10.0, ErrorMessage = "Search:Bm25Weight must be between 0 and 10.")]
    public double Bm25Weight { get; set; } = 1.0;

    /// <summary>How much the TF-IDF cosine ranking of the BM25 candidates counts in hybrid search. Default 0 (off).</summary>
    [Range(0.0, 10.0, ErrorMessage = "Search:SparseWeight must be between 0 and 10.")]
    public double SparseWeight { get; set; }

    /// <summary>How much the embedding model's ranking counts in hybrid search. Default 0.7.</summary>
    [Range(0.0, 10.0, ErrorMessage = "Search:DenseWeight must be between 0 and 10.")]
    public double DenseWeight { get; set; } = 0.7;

    /// <summary>The k of reciprocal rank fusion: smaller trusts the head of each ranking more. Default 15.</summary>
    [Range(1, 1000, ErrorMessage = "Search:FusionK must be between 1 and 1000.")]
    public int FusionK { get; set; } = 15;

    /// <summary>How much the BM25 ranking (over the paper's most telling terms) counts in related papers. Default 1.</summary>
    [Range(0.0, 10.0, ErrorMessage = "Search:RelatedBm25Weight must be between 0 and 10.")]
    public double RelatedBm25Weight { get; set; } = 1.0;

    /// <summary>How much the TF-IDF cosine ranking counts in related papers. Default 1.</summary>
    [Range(0.0, 10.0, ErrorMessage = "Search:RelatedSparseWeight must be between 0 and 10.")]
    public double RelatedSparseWeight { get; set; } = 1.0;

    /// <summary>How much the embedding model's nearest papers count in related papers. Default 1.</summary>
    [Range(0.0, 10.0, ErrorMessage = "Search:RelatedDenseWeight must be between 0 and 10.")]
    public double RelatedDenseWeight { get; set; } = 1.0;

    /// <summary>The k of reciprocal rank fusion for related papers. Default 60.</summary>
    [Range(1, 1000, ErrorMessage = "Search:RelatedFusionK must be between 1 and 1000.")]
    public int RelatedFusionK { get; set; } = 60;

    /// <summary>
    /// How close (cosine, 0-1) a paper's vector must be to a highlights topic's to be on it without having its words.
    /// Default 0.78 (measured on eval/topics.tsv, with the topic refined by its closest papers); 0 matches topics by their words only.
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Search:TopicSimilarity must be between 0 and 1.")]
    public double TopicSimilarity { get; set; } = 0.78;
}
