using System.Text.Json.Serialization;
using PaperBot.Core.Corpus;
using PaperBot.Core.Papers;

namespace PaperBot.Cli;

/// <summary>Source-generated JSON for everything the command line prints with <c>--json</c>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(List<SearchResultJson>))]
[JsonSerializable(typeof(PaperJson))]
[JsonSerializable(typeof(CorpusStats))]
[JsonSerializable(typeof(IngestReport))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
