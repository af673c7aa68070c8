using PaperBot.Benchmarks.Search;

namespace PaperBot.Benchmarks.Discord;

/// <summary>PaperBot's own work for one /search interaction, mean CPU ms on one thread (see <see cref="AckWorkProfile"/>).</summary>
/// <param name="ParseMs">The INTERACTION_CREATE data into PaperBot's <c>Interaction</c>.</param>
/// <param name="SearchMs"><c>SqlitePaperSearch.SearchAsync</c> for a page and one more (snippets included).</param>
/// <param name="ReplyMs">The search results as a reply (embeds, buttons), fitted to Discord's limits and serialized as the callback body.</param>
/// <param name="SearchMsByQuery">The search's mean wall time per query, slowest first.</param>
/// <param name="SearchParts">The search taken apart by the corpus benchmark's <c>SearchProfile</c>, with the bare prepared FTS5 query beside it.</param>
internal sealed record AckWork(double ParseMs, double SearchMs, double ReplyMs, IReadOnlyDictionary<string, double> SearchMsByQuery, SearchOverhead SearchParts)
{
    public double TotalMs => ParseMs + SearchMs + ReplyMs;
}
