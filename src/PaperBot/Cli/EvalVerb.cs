using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Chat;
using PaperBot.Core.Evaluation;
using PaperBot.Core.Papers;

namespace PaperBot.Cli;

/// <summary>
/// <c>eval FILE [--kind search|related|topics|followups|facts|overviews] [--mode M] [--json]</c>: the quality of search,
/// related papers, highlight topics or the offline assistant's answers over an evaluation file, for every mode side by
/// side (or the one named).
/// </summary>
internal static class EvalVerb
{
    public static Command Create(VerbContext verbs)
    {
        var file = new Argument<string>("file") { Description = "A TSV file: question (or source title, or topic), TAB, expected titles separated by \" | \"; see eval/." };
        var kind = new Option<string>("--kind") { Description = "What the file measures: search (default), related, topics, followups (first question TAB follow-up TAB title), facts (question TAB title TAB fact) or overviews (broad question TAB every relevant title).", DefaultValueFactory = _ => "search" };
        kind.AcceptOnlyFromAmong([.. EvalModes.Kinds]);
        var mode = new Option<string?>("--mode") { Description = "One mode only: search Bm25|Dense|Hybrid, related Lexical|Dense|Fused, topics Words|Meaning, followups Offline|Stateless, facts and overviews Words|Offline (default: all)." };
        var json = CommonOptions.Json();
        var command = new Command("eval", "Measure search, related-paper or topic quality on an evaluation file.") { file, kind, mode, json };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file) ?? "";
            if (!File.Exists(path))
            {
                await verbs.Error.WriteLineAsync($"paperbot: no such evaluation file: {path}");
                return 1;
            }

            var what = parse.GetValue(kind) ?? "search";
            IReadOnlyList<EvaluationQuery> items = [];
            IReadOnlyList<FollowUpDialog> dialogs = [];
            IReadOnlyList<FactQuestion> facts = [];
            try
            {
                if (what == "followups")
                {
                    dialogs = FollowUpDialogReader.ReadFile(path);
                }
                else if (what == "facts")
                {
                    facts = FactQuestionReader.ReadFile(path);
                }
                else
                {
                    items = EvaluationQueryReader.ReadFile(path);
                }
            }
            catch (FormatException bad)
            {
                await verbs.Error.WriteLineAsync($"paperbot: {path}: {bad.Message}");
                return 1;
            }

            var modes = EvalModes.For(what);
            if (parse.GetValue(mode) is { } chosen)
            {
                modes = [.. modes.Where(m => string.Equals(m.Name, chosen, StringComparison.OrdinalIgnoreCase))];
                if (modes.Count == 0)
                {
                    await verbs.Error.WriteLineAsync($"paperbot: --mode {chosen} is not a {what} mode: use one of {string.Join(", ", EvalModes.For(what).Select(m => m.Name))}.");
                    return 1;
                }
            }

            var results = new List<EvalResultJson>();
            foreach (var evalMode in modes)
            {
                var status = await verbs.RunWithIndexAsync(parse, async (services, token) =>
                {
                    var assistant = services.GetRequiredService<IAssistant>();
                    results.Add(what switch
                    {
                        "followups" => new EvalResultJson(evalMode.Name, FollowUps: await FollowUpEvaluator.EvaluateAsync(
                            assistant, dialogs, keepState: evalMode.Name != "Stateless", token)),
                        "facts" => new EvalResultJson(evalMode.Name, Facts: await FactEvaluator.EvaluateAsync(assistant, facts, token)),
                        "overviews" => new EvalResultJson(evalMode.Name, Overviews: await OverviewEvaluator.EvaluateAsync(assistant, items, token)),
                        _ => await EvaluateAsync(services, what, evalMode.Name, items, token),
                    });
                    return 0;
                }, ct, o => o with { Settings = evalMode.Settings.Aggregate(o.Settings, (settings, s) => settings.SetItem(s.Key, s.Value)) });
                if (status != 0)
                {
                    return status;
                }
            }

            await verbs.WriteResultAsync(parse.GetValue(json), results, r => Describe(r, showMisses: r.Count == 1));
            return 0;
        });
        return command;
    }

    private static async Task<EvalResultJson> EvaluateAsync(IServiceProvider services, string kind, string mode, IReadOnlyList<EvaluationQuery> items, CancellationToken token)
    {
        switch (kind)
        {
            case "related":
                return new EvalResultJson(mode, Related: await RelatedEvaluator.EvaluateAsync(
                    services.GetRequiredService<ISimilarPapers>(), services.GetRequiredService<IPaperStore>(), items, cancellationToken: token));
            case "topics":
                // Every date: the file lists every paper of the corpus on each topic.
                return new EvalResultJson(mode, Topics: await TopicEvaluator.EvaluateAsync(
                    services.GetRequiredService<IRecentPapers>(), DateOnly.MinValue, DateOnly.MaxValue, items, token));
            default:
                return new EvalResultJson(mode, Search: await SearchEvaluator.EvaluateAsync(services.GetRequiredService<IPaperSearch>(), items, cancellationToken: token));
        }
    }

    private static string Describe(IReadOnlyList<EvalResultJson> results, bool showMisses)
    {
        var text = new StringBuilder();
        foreach (var result in results)
        {
            text.Append(CultureInfo.InvariantCulture, $"{result.Mode,-8} ");
            if (result.Search is { } search)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"{search.Questions} questions: recall@1 {search.RecallAt1:0.000}, recall@5 {search.RecallAt5:0.000}, MRR {search.MeanReciprocalRank:0.000} (depth {search.Depth})").AppendLine();
                foreach (var miss in search.Outcomes.Where(o => showMisses && o.Rank is null or > 1))
                {
                    text.Append(CultureInfo.InvariantCulture, $"  {(miss.Rank is { } r ? $"rank {r}" : "not found")}: {miss.Query.Question}").AppendLine();
                    text.Append("    expected: ").AppendLine(string.Join(" | ", miss.Query.ExpectedTitles));
                    text.Append("    first:    ").AppendLine(miss.TopTitles.Count > 0 ? miss.TopTitles[0] : "(nothing)");
                }
            }
            else if (result.Related is { } related)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"{related.Sources} papers: a related paper in the top 5 for {related.HitAt5:0.000}, recall@5 {related.RecallAt5:0.000}, MRR {related.MeanReciprocalRank:0.000}").AppendLine();
                foreach (var miss in related.Outcomes.Where(o => showMisses && o.FirstRank is null or > 5))
                {
                    text.Append(CultureInfo.InvariantCulture, $"  {(miss.Found ? "missed" : "not in the corpus")}: {miss.Item.Question}").AppendLine();
                }
            }
            else if (result.FollowUps is { } followUps)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"{followUps.Dialogs} dialogs: the follow-up cites the expected paper in {followUps.Cited} ({followUps.Share:0.000})").AppendLine();
                foreach (var miss in followUps.Misses.Where(_ => showMisses))
                {
                    text.Append(CultureInfo.InvariantCulture, $"  line {miss.Dialog.Line}: {miss.Dialog.FollowUp}").AppendLine();
                    text.Append("    expected: ").AppendLine(miss.Dialog.ExpectedTitle);
                    text.Append("    cited:    ").AppendLine(miss.CitedTitles.Count > 0 ? string.Join(" | ", miss.CitedTitles) : "(nothing)");
                }
            }
            else if (result.Facts is { } factReport)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"{factReport.Questions} questions: the answer cites the paper in {factReport.Cited} ({factReport.CitedShare:0.000}), contains the fact in {factReport.Included} ({factReport.IncludedShare:0.000})").AppendLine();
                foreach (var miss in factReport.Misses.Where(_ => showMisses))
                {
                    text.Append(CultureInfo.InvariantCulture, $"  line {miss.Question.Line}: {miss.Question.Question}").AppendLine();
                    text.Append("    expected: ").Append(string.Join(" | ", miss.Question.Facts)).Append(" from ").AppendLine(miss.Question.ExpectedTitle);
                    text.Append("    cited:    ").AppendLine(miss.CitedTitles.Count > 0 ? string.Join(" | ", miss.CitedTitles) : "(nothing)");
                }
            }
            else if (result.Overviews is { } overviews)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"{overviews.Questions} questions: precision {overviews.Precision:0.000}, recall {overviews.Recall:0.000}, at least {OverviewEvaluator.MinPapers} papers cited in {overviews.AtLeastThree} ({overviews.AtLeastThreeShare:0.000})").AppendLine();
                foreach (var outcome in overviews.Outcomes.Where(_ => showMisses))
                {
                    text.Append(CultureInfo.InvariantCulture,
                        $"  {outcome.Question.Question}: {outcome.Relevant} of {outcome.CitedTitles.Count} cited are relevant, of {outcome.Question.ExpectedTitles.Count} relevant").AppendLine();
                    foreach (var title in outcome.CitedTitles.Where(t => !outcome.Question.ExpectedTitles.Contains(t, StringComparer.OrdinalIgnoreCase)))
                    {
                        text.Append("    not relevant: ").AppendLine(title);
                    }
                }
            }
            else if (result.Topics is { } topics)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"{topics.Topics} topics: precision {topics.Precision:0.000}, recall {topics.Recall:0.000}, F1 {topics.F1:0.000}").AppendLine();
                foreach (var topic in topics.Outcomes.Where(_ => showMisses))
                {
                    text.Append(CultureInfo.InvariantCulture,
                        $"  {topic.Topic.Question}: {topic.Right} of {topic.Picked} picked belong, {topic.Right} of {topic.Topic.ExpectedTitles.Count} found").AppendLine();
                }
            }
        }

        return text.ToString();
    }
}
