using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Trends;

namespace PaperBot.Cli;

/// <summary><c>trends TOPIC [--months N] [--out FILE] [--json]</c>: the topic's papers per month as a PNG chart, and its top papers.</summary>
internal static class TrendsVerb
{
    public static Command Create(VerbContext verbs)
    {
        var topic = new Argument<string>("TOPIC") { Description = "The topic (search words), e.g. \"LLM inference\"." };
        var months = new Option<int>("--months")
        {
            Description = $"How many months, back from the corpus's newest papers ({TrendRules.MinMonths}-{TrendRules.MaxMonths}).",
            DefaultValueFactory = _ => TrendRules.DefaultMonths,
        };
        months.Validators.Add(r =>
        {
            if (r.GetValue(months) is < TrendRules.MinMonths or > TrendRules.MaxMonths)
            {
                r.AddError($"--months must be between {TrendRules.MinMonths} and {TrendRules.MaxMonths}.");
            }
        });
        var output = new Option<string?>("--out") { Description = "Where to write the PNG chart (default: trends-<topic>.png in the current folder).", HelpName = "FILE" };
        var json = CommonOptions.Json();
        var command = new Command("trends", "A topic's papers per month as a PNG bar chart, with its most upvoted papers.") { topic, months, output, json };
        command.SetAction((parse, ct) => verbs.RunWithCorpusAsync(parse, async (services, token) =>
        {
            var text = parse.GetValue(topic)?.Trim() ?? "";
            if (TrendRules.Validate(text, parse.GetValue(months)) is { } problem)
            {
                await verbs.Error.WriteLineAsync($"paperbot: {problem}");
                return 1;
            }

            var trend = await services.GetRequiredService<ITopicTrends>().GetAsync(text, parse.GetValue(months), token);
            string? path = null;
            if (trend.Total > 0)
            {
                path = Path.GetFullPath(parse.GetValue(output) ?? TrendText.FileName(text));
                await File.WriteAllBytesAsync(path, services.GetRequiredService<ITrendChart>().RenderPng(trend), token);
            }

            await verbs.WriteResultAsync(parse.GetValue(json), TrendJson.Create(trend, path), _ => TrendText.Format(trend, path));
            return 0;
        }, ct));
        return command;
    }
}
