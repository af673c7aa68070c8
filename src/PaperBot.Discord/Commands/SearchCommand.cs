using PaperBot.Core.Papers;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Commands;

/// <summary>
/// <c>/search query [count] [category] [since] [until]</c>: ranked papers with links, Summarize / Similar buttons and
/// More results (which keeps the filters).
/// </summary>
internal sealed class SearchCommand(IPaperSearch search, SearchFilterChoices filters) : ISlashCommand
{
    /// <summary>The longest category option: the filter rides whole in the More results button's 100-character id.</summary>
    public const int MaxCategoryLength = 60;

    public CommandDefinition Definition { get; } = new()
    {
        Name = "search",
        Description = "Search the papers by words in their titles and abstracts",
        Type = 1,
        Contexts = OptionShapes.Everywhere,
        Options =
        [
            OptionShapes.Text("query", "What to look for, e.g. flash attention or \"diffusion transformer\"", required: true, maxLength: 300),
            OptionShapes.Count("How many papers to show (default 5)", max: 10),
            OptionShapes.Text("category", "Only papers in these arXiv categories, e.g. cs.CL or cs.CL,cs.LG; cs. = all of cs", required: false, maxLength: MaxCategoryLength, autocomplete: true),
            OptionShapes.Text("since", "Only papers published on or after: 2024-05-01, 2024-05 or 2024", required: false, maxLength: 10, autocomplete: true),
            OptionShapes.Text("until", "Only papers published on or before: 2024-12-31, 2024-12 or 2024", required: false, maxLength: 10, autocomplete: true),
        ],
    };

    public async Task<Reply> ExecuteAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var text = new SearchFilterText(invocation.GetString("category"), invocation.GetString("since"), invocation.GetString("until"), OptionPrefix: "");
        var (filter, problem) = await SearchFilterRules.ReadAsync(text, filters.CategoriesAsync, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return Reply.Private(problem);
        }

        var count = (int)(invocation.GetInteger("count") ?? PaperMessages.PageSize);
        return await PageAsync(search, invocation.GetString("query") ?? "", 0, count, filter, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AutocompleteChoice>> CompleteAsync(CommandInvocation invocation, CancellationToken cancellationToken) =>
        invocation.Focused?.Name switch
        {
            "category" => await filters.CompleteCategoryAsync(invocation.FocusedText, cancellationToken).ConfigureAwait(false),
            "since" => filters.CompleteDate(invocation.FocusedText, since: true),
            "until" => filters.CompleteDate(invocation.FocusedText, since: false),
            _ => [],
        };

    /// <summary>One page of results; shared with the More results button, which carries the filter.</summary>
    public static async Task<Reply> PageAsync(IPaperSearch search, string query, int offset, int count, SearchFilter filter, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return Reply.Private("Give some words to search for, e.g. `/search query: flash attention`.");
        }

        // One more than shown tells whether there is a next page.
        var hits = await search.SearchAsync(query, offset + count + 1, filter, cancellationToken).ConfigureAwait(false);
        var page = hits.Skip(offset).Take(count).ToList();
        return PaperMessages.SearchResults(query, page, offset, hasMore: hits.Count > offset + count, filter);
    }
}
