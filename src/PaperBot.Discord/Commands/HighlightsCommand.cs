using System.Globalization;
using PaperBot.Core.Highlights;
using PaperBot.Core.Papers;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Commands;

/// <summary><c>/highlights [date] [topic] [count]</c>: what a daily post would contain.</summary>
internal sealed class HighlightsCommand(IHighlightBuilder highlights, IPaperStore store, TimeProvider time) : ISlashCommand
{
    public CommandDefinition Definition { get; } = new()
    {
        Name = "highlights",
        Description = "The best papers of a day (default: the newest daily list), optionally on a topic",
        Type = 1,
        Contexts = OptionShapes.Everywhere,
        Options =
        [
            OptionShapes.Text("date", "The day, as YYYY-MM-DD (default: the newest daily list)", required: false, maxLength: 10),
            OptionShapes.Text("topic", "Only papers about this, e.g. reinforcement learning", required: false, maxLength: 200),
            OptionShapes.Count("How many papers (default 5)", max: 10),
        ],
    };

    public async Task<Reply> ExecuteAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        DateOnly day;
        if (invocation.GetString("date") is { Length: > 0 } typed)
        {
            if (!DateOnly.TryParseExact(typed.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            {
                return Reply.Private($"\"{Text.Cut(typed, 20)}\" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-20.");
            }
        }
        else
        {
            day = await HighlightDay.DefaultAsync(store, time, cancellationToken).ConfigureAwait(false);
        }

        var topic = invocation.GetString("topic") is { Length: > 0 } t ? t.Trim() : null;
        var count = (int)(invocation.GetInteger("count") ?? PaperMessages.PageSize);
        var post = await highlights.BuildAsync(new HighlightRequest(day, topic, count), cancellationToken).ConfigureAwait(false);
        return HighlightMessages.Post(post);
    }
}
