using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Evaluation;
using PaperBot.Core.Papers;

namespace PaperBot.Cli;

/// <summary><c>eval QUERIES.tsv [--mode Bm25|Hybrid] [--json]</c>: recall@1, recall@5 and MRR of search over a question file.</summary>
internal static class EvalVerb
{
    public static Command Create(VerbContext verbs)
    {
        var file = new Argument<string>("queries") { Description = "A TSV file: question, TAB, expected title (several separated by \" | \"); see eval/queries.tsv." };
        var mode = new Option<string?>("--mode") { Description = "The ranking to evaluate: Bm25 or Hybrid (default: Search:Mode)." };
        mode.AcceptOnlyFromAmong("Bm25", "Dense", "Hybrid", "bm25", "dense", "hybrid");
        var json = CommonOptions.Json();
        var command = new Command("eval", "Measure search quality on a question file.") { file, mode, json };
        command.SetAction((parse, ct) => verbs.RunWithIndexAsync(parse, async (services, token) =>
        {
            var path = parse.GetValue(file) ?? "";
            if (!File.Exists(path))
            {
                await verbs.Error.WriteLineAsync($"paperbot: no such question file: {path}");
                return 1;
            }

            IReadOnlyList<EvaluationQuery> queries;
            try
            {
                queries = EvaluationQueryReader.ReadFile(path);
            }
            catch (FormatException bad)
            {
                await verbs.Error.WriteLineAsync($"paperbot: {path}: {bad.Message}");
                return 1;
            }

            var report = await SearchEvaluator.EvaluateAsync(services.GetRequiredService<IPaperSearch>(), queries, cancellationToken: token);
            await verbs.WriteResultAsync(parse.GetValue(json), report, Describe);
            return 0;
        }, ct, o => parse.GetValue(mode) is { } chosen ? o with { Settings = o.Settings.SetItem("Search:Mode", chosen) } : o));
        return command;
    }

    private static string Describe(EvaluationReport report)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"{report.Questions} questions: recall@1 {report.RecallAt1:0.000}, recall@5 {report.RecallAt5:0.000}, MRR {report.MeanReciprocalRank:0.000} (depth {report.Depth})").AppendLine();
        foreach (var miss in report.Outcomes.Where(o => o.Rank is null or > 1))
        {
            var rank = miss.Rank is { } r ? $"rank {r}" : "not found";
            text.Append(CultureInfo.InvariantCulture, $"  {rank}: {miss.Query.Question}").AppendLine();
            text.Append("    expected: ").AppendLine(string.Join(" | ", miss.Query.ExpectedTitles));
            text.Append("    first:    ").AppendLine(miss.TopTitles.Count > 0 ? miss.TopTitles[0] : "(nothing)");
        }

        return text.ToString();
    }
}
