using PaperBot.Core.Papers;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Commands;

/// <summary><c>/search query [count]</c>: ranked papers with links, Summarize / Similar buttons and More results.</summary>
internal sealed class SearchCommand(IPaperSearch search) : ISlashCommand
{
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
        ],
    };

    public Task<Reply> ExecuteAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var count = (int)(invocation.GetInteger("count") ?? PaperMessages.PageSize);
        return PageAsync(search, invocation.GetString("query") ?? "", 0, count, cancellationToken);
    }

    /// <summary>One page of results; shared with the More results button.</summary>
    public static async Task<Reply> PageAsync(IPaperSearch search, string query, int offset, int count, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return Reply.Private("Give some words to search for, e.g. `/search query: flash attention`.");
        }

        // One more than shown tells whether there is a next page.
        var hits = await search.SearchAsync(query, offset + count + 1, cancellationToken).ConfigureAwait(false);
        var page = hits.Skip(offset).Take(count).ToList();
        return PaperMessages.SearchResults(query, page, offset, hasMore: hits.Count > offset + count);
    }
}
