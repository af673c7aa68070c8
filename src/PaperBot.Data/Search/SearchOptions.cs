using System.ComponentModel.DataAnnotations;

namespace PaperBot.Data.Search;

/// <summary>How search ranks papers. Section <c>Search</c>.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>
    /// <c>Bm25</c> or <c>Hybrid</c>. Default <c>Bm25</c>: on the evaluation questions (<c>eval/queries.tsv</c>, bundled
    /// corpus, no embedding model) BM25 puts the right paper first more often (recall@1 0.95 against 0.90, MRR 0.96
    /// against 0.93); hybrid only finds a little more in the top 5. Choose <c>Hybrid</c> with an embedding model, whose
    /// dense neighbours are what BM25 cannot find.
    /// </summary>
    [EnumDataType(typeof(SearchMode), ErrorMessage = "Search:Mode must be Bm25 or Hybrid.")]
    public SearchMode Mode { get; set; } = SearchMode.Bm25;

    /// <summary>Candidates each ranking contributes to hybrid search and related papers. Default 100.</summary>
    [Range(10, 1000, ErrorMessage = "Search:Candidates must be between 10 and 1000.")]
    public int Candidates { get; set; } = 100;
}
