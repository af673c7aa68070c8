using PaperBot.Core.Papers;
using PaperBot.Core.Text;
using PaperBot.Data.Papers;

namespace PaperBot.Data.Search;

/// <summary>The columns every result list reads (search, hybrid, recent papers), as sqlite-net maps them.</summary>
internal sealed class HitRow
{
    public long Id { get; set; }

    public string Title { get; set; } = "";

    public string? ArxivId { get; set; }

    public string? PublishedOn { get; set; }

    public int? Upvotes { get; set; }

    public string Abstract { get; set; } = "";

    /// <summary>Space-separated arXiv categories, primary first; null when unknown or not selected.</summary>
    public string? Categories { get; set; }

    /// <summary>The FTS5 rank, when the query selects one (lower is better).</summary>
    public double Rank { get; set; }

    /// <summary>The result, with the abstract's sentence that best matches <paramref name="words"/> as snippet.</summary>
    public PaperHit ToHit(double score, IReadOnlyList<string> words) => new(
        Id, Title, ArxivId, PaperRowMapper.ParseDate(PublishedOn), Upvotes, score, SnippetBuilder.Build(Abstract, words))
    {
        Categories = StoredCategories.Parse(Categories),
    };
}
