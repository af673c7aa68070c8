using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Highlights;
using PaperBot.Core.Papers;

namespace PaperBot.Cli;

/// <summary><c>highlights [--date YYYY-MM-DD] [--topic T] [--count N] [--json]</c>: what a daily post would contain.</summary>
internal static class HighlightsVerb
{
    public static Command Create(VerbContext verbs)
    {
        var date = new Option<string?>("--date") { Description = "The day (YYYY-MM-DD). Default: the newest Hugging Face daily list in the database, else today." };
        date.Validators.Add(r =>
        {
            if (r.GetValue(date) is { } text && !TryParseDay(text, out _))
            {
                r.AddError($"--date '{text}' is not a date: use YYYY-MM-DD, e.g. 2025-12-11.");
            }
        });
        var topic = new Option<string?>("--topic") { Description = "Only papers on this topic (search words)." };
        var count = new Option<int>("--count")
        {
            Description = $"How many papers ({SubscriptionRules.MinCount}-{SubscriptionRules.MaxCount}).",
            DefaultValueFactory = _ => 5,
        };
        count.Validators.Add(r =>
        {
            if (r.GetValue(count) is < SubscriptionRules.MinCount or > SubscriptionRules.MaxCount)
            {
                r.AddError($"--count must be between {SubscriptionRules.MinCount} and {SubscriptionRules.MaxCount}.");
            }
        });
        var json = CommonOptions.Json();
        var command = new Command("highlights", "What a daily highlights post would contain: the day's papers, most upvoted first, with blurbs.") { date, topic, count, json };
        command.SetAction((parse, ct) => verbs.RunWithCorpusAsync(parse, async (services, token) =>
        {
            var day = parse.GetValue(date) is { } text && TryParseDay(text, out var given)
                ? given
                : await DefaultDayAsync(services, token);
            var request = new HighlightRequest(day, parse.GetValue(topic), parse.GetValue(count));
            var post = await services.GetRequiredService<IHighlightBuilder>().BuildAsync(request, token);
            await verbs.WriteResultAsync(parse.GetValue(json), HighlightsJson.From(post), _ => HighlightText.Post(post));
            return 0;
        }, ct));
        return command;
    }

    private static bool TryParseDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <summary>The newest daily list in the store, else today (UTC).</summary>
    private static Task<DateOnly> DefaultDayAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        HighlightDay.DefaultAsync(services.GetRequiredService<IPaperStore>(), services.GetRequiredService<TimeProvider>(), cancellationToken);
}
