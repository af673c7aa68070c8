using System.Text.Json.Serialization;
using PaperBot.Benchmarks.Ask;
using PaperBot.Benchmarks.Discord;

namespace PaperBot.Benchmarks.Reporting;

/// <summary>The JSON written by <c>--json FILE</c> (source-generated, camelCase).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(BenchmarkReport))]
[JsonSerializable(typeof(AckLatencyReport))]
[JsonSerializable(typeof(AskReport))]
[JsonSerializable(typeof(IReadOnlyList<Providers.ProviderResult>))]
internal sealed partial class BenchmarkJsonContext : JsonSerializerContext;
