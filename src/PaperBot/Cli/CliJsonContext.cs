using System.Text.Json.Serialization;
using PaperBot.Core.Corpus;
using PaperBot.Core.Evaluation;
using PaperBot.Core.Papers;
using PaperBot.Core.Summaries;
using PaperBot.Shards;

namespace PaperBot.Cli;

/// <summary>Source-generated JSON for everything the command line prints with <c>--json</c>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(List<SearchResultJson>))]
[JsonSerializable(typeof(PaperJson))]
[JsonSerializable(typeof(CorpusStats))]
[JsonSerializable(typeof(IngestReport))]
[JsonSerializable(typeof(AnswerJson))]
[JsonSerializable(typeof(PaperSummary))]
[JsonSerializable(typeof(EvaluationReport))]
[JsonSerializable(typeof(List<EvalResultJson>))]
[JsonSerializable(typeof(HighlightsJson))]
[JsonSerializable(typeof(TrendJson))]
[JsonSerializable(typeof(List<SavedPaperJson>))]
[JsonSerializable(typeof(ShardReport))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonObject))]
[JsonSerializable(typeof(List<ShardReport>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
