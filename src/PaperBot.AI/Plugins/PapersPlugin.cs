using System.ComponentModel;
using System.Globalization;
using Microsoft.SemanticKernel;
using PaperBot.Core.Papers;
using PaperBot.Core.Text;

namespace PaperBot.AI.Plugins;

/// <summary>
/// The tools the chat model may call: read-only look-ups over the corpus. The model sees them as
/// <c>papers-search_papers</c>, <c>papers-get_paper</c>, <c>papers-similar_papers</c> and <c>papers-recent_papers</c>.
/// Results are small records with capped counts, so that a tool result never floods the model's context.
/// </summary>
internal sealed class PapersPlugin(IPaperSearch search, IPaperStore store, ISimilarPapers similar, IRecentPapers recent, TimeProvider time)
{
    /// <summary>The plugin name; tool names reach the model as <c>papers-&lt;function&gt;</c>.</summary>
    public const string Name = "papers";

    /// <summary>The most papers one call returns, whatever the model asks for.</summary>
    public const int MaxTop = 10;

    private const int DefaultTop = 5;
    private const int SnippetChars = 300;
    private const int AbstractChars = 1500;
    private const int MaxAuthors = 8;
    private const int DefaultRecentDays = 7;

    [KernelFunction("search_papers")]
    [Description("Searches the corpus of research papers by keywords and returns the best matches, best first: id, title, date, url and a snippet of the abstract. Call it before answering any question about a research topic, method or result. Returns an empty list when nothing matches: then tell the member the corpus has no papers about it.")]
    public async Task<IReadOnlyList<PaperResult>> SearchPapersAsync(
        [Description("The search keywords: the key terms of the question, e.g. 'flash attention long context'. Not a full sentence, no ids.")] string query,
        [Description("How many papers to return, from 1 to 10. Use 5 unless the member asked for more.")] int top = DefaultTop,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var hits = await search.SearchAsync(query, ClampTop(top), cancellationToken).ConfigureAwait(false);
        return ToResults(hits);
    }

    [KernelFunction("get_paper")]
    [Description("Gets one paper with its abstract, authors, date, upvotes and link. Call it when the member names a paper or asks about a paper you found, to read its abstract before answering. Returns null when no paper matches.")]
    public async Task<PaperDetails?> GetPaperAsync(
        [Description("The paper: its PaperBot id as a number (e.g. '12', as in [#12]), an arXiv id (e.g. '2401.01234') or its title.")] string id_or_title,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(id_or_title))
        {
            return null;
        }

        var paper = await store.FindAsync(id_or_title.Trim(), cancellationToken).ConfigureAwait(false);
        return paper is null ? null : ToDetails(paper);
    }

    [KernelFunction("similar_papers")]
    [Description("Finds papers related to a given paper (related work), most similar first, never the paper itself. Call it when the member asks for papers like, related to, or following up a paper. Returns an empty list when the id is unknown.")]
    public async Task<IReadOnlyList<PaperResult>> SimilarPapersAsync(
        [Description("The PaperBot id of the paper, a number as shown in [#12]. Find it with search_papers or get_paper first if you only know the title.")] long paper_id,
        [Description("How many papers to return, from 1 to 10. Use 5 unless the member asked for more.")] int top = DefaultTop,
        CancellationToken cancellationToken = default)
    {
        var hits = await similar.FindSimilarAsync(paper_id, ClampTop(top), cancellationToken).ConfigureAwait(false);
        return ToResults(hits);
    }

    [KernelFunction("recent_papers")]
    [Description("Lists the papers of a date range, most upvoted first, optionally only those about a topic. Call it for questions like 'what came out this week' or 'recent papers on diffusion'. Returns an empty list when the range has no papers.")]
    public async Task<IReadOnlyList<PaperResult>> RecentPapersAsync(
        [Description("The first day of the range as YYYY-MM-DD, e.g. '2025-03-01'. Leave it out for the last 7 days.")] string? from = null,
        [Description("The last day of the range as YYYY-MM-DD (inclusive), e.g. '2025-03-07'. Leave it out for today.")] string? to = null,
        [Description("Keywords of a topic to keep only matching papers, e.g. 'reinforcement learning'. Leave it out for all topics.")] string? topic = null,
        [Description("How many papers to return, from 1 to 10. Use 5 unless the member asked for more.")] int top = DefaultTop,
        CancellationToken cancellationToken = default)
    {
        var last = ParseDate(to, nameof(to)) ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var first = ParseDate(from, nameof(from)) ?? last.AddDays(-(DefaultRecentDays - 1));
        if (first > last)
        {
            (first, last) = (last, first);
        }

        var hits = await recent.ListAsync(first, last, string.IsNullOrWhiteSpace(topic) ? null : topic.Trim(), ClampTop(top), cancellationToken)
            .ConfigureAwait(false);
        return ToResults(hits);
    }

    // Semantic Kernel passes the model's arguments as strings and has no DateOnly conversion, so dates are parsed here.
    private static DateOnly? ParseDate(string? text, string parameter)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ArgumentException($"'{text}' is not a date as YYYY-MM-DD.", parameter);
    }

    private static int ClampTop(int top) => Math.Clamp(top, 1, MaxTop);

    private static IReadOnlyList<PaperResult> ToResults(IReadOnlyList<PaperHit> hits) =>
        [.. hits.Take(MaxTop).Select(h => new PaperResult(
            h.Id,
            h.Title,
            FormatDate(h.PublishedOn),
            h.ArxivId is { } arxiv ? $"https://arxiv.org/abs/{arxiv}" : null,
            SnippetBuilder.Cut(h.Snippet, SnippetChars)))];

    private static PaperDetails ToDetails(StoredPaper stored)
    {
        var paper = stored.Paper;
        var authors = paper.Authors.Count > 0
            ? string.Join(", ", paper.Authors.Take(MaxAuthors)) + (paper.Authors.Count > MaxAuthors ? ", et al." : string.Empty)
            : paper.AuthorCount is { } count ? $"{count} authors" : null;
        return new PaperDetails(
            stored.Id,
            paper.Title,
            FormatDate(paper.PublishedOn ?? paper.DailyDate),
            stored.ArxivUrl ?? paper.ProjectUrl ?? paper.GithubUrl,
            authors,
            paper.Upvotes,
            SnippetBuilder.Cut(paper.Abstract, AbstractChars));
    }

    private static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
