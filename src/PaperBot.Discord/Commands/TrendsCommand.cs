using PaperBot.Core.Trends;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Commands;

/// <summary><c>/trends topic [months]</c>: a chart of the topic's papers per month, and its most upvoted papers.</summary>
internal sealed class TrendsCommand(ITopicTrends trends, ITrendChart chart) : ISlashCommand
{
    public CommandDefinition Definition { get; } = new()
    {
        Name = "trends",
        Description = "A chart of the papers on a topic per month, with the most upvoted ones",
        Type = 1,
        Contexts = OptionShapes.Everywhere,
        Options =
        [
            OptionShapes.Text("topic", "The topic, e.g. LLM inference", required: true, maxLength: TrendRules.MaxTopicLength),
            OptionShapes.Count($"How many months back from the newest papers (default {TrendRules.DefaultMonths})", max: TrendRules.MaxMonths, name: "months"),
        ],
    };

    public async Task<Reply> ExecuteAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var topic = invocation.GetString("topic")?.Trim() ?? "";
        var months = (int)Math.Clamp(invocation.GetInteger("months") ?? TrendRules.DefaultMonths, int.MinValue, int.MaxValue);
        if (TrendRules.Validate(topic, months) is { } problem)
        {
            return Reply.Private(problem);
        }

        var trend = await trends.GetAsync(topic, months, cancellationToken).ConfigureAwait(false);
        return trend.Total == 0 ? TrendMessages.Nothing(trend) : TrendMessages.Chart(trend, chart.RenderPng(trend));
    }
}
