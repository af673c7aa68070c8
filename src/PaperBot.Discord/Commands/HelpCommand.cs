using PaperBot.Discord.Formatting;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Commands;

/// <summary><c>/help</c>: what PaperBot does and how to ask it.</summary>
internal sealed class HelpCommand : ISlashCommand
{
    private const string Guide = """
        **PaperBot** finds, explains and discusses research papers.
        `/search query` papers on a topic (narrow with `category`, e.g. cs.CL, and `since`/`until` dates) · `/paper` one paper (start typing a title) · `/summarize` TL;DR, detailed, for newcomers or a card (problem, method, results, limitations) · `/similar` related work · `/ask question` an answer with sources · `/highlights` the best papers of a day · `/trends topic` a chart of a topic's papers per month
        React 👍 to a paper I show to vote for it, 🔖 to save it to your library; `/top` what the channel liked most.
        Your papers: Save buttons and `/save` · `/library show` (only you see it; also remove, tag, note) · `/readinglist` this channel's shared list · `/forget-me` deletes what I store about you
        `/follow author|topic` a DM digest of new papers, daily or weekly (`/follow list`, `/unfollow`) · `/foryou` papers close to the ones you saved
        `/export format [tag]` your saved papers as a BibTeX, RIS, CSL-JSON or Markdown file
        Mention me, reply to me or DM me to chat; I remember the conversation in each channel and thread.
        Admins (Manage Channels): `/subscribe` a channel to daily highlights, `/unsubscribe`, `/subscriptions`.
        """;

    public CommandDefinition Definition { get; } = new()
    {
        Name = "help",
        Description = "What PaperBot can do and how to ask it",
        Type = 1,
        Contexts = OptionShapes.Everywhere,
    };

    public bool IsPrivate => true;

    public Task<Reply> ExecuteAsync(CommandInvocation invocation, CancellationToken cancellationToken) =>
        Task.FromResult(Reply.Private(Guide));
}
