using System.Text.Json.Serialization;

namespace PaperBot.Data;

/// <summary>Source-generated JSON for the lists kept in text columns (no reflection on the ingest path).</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class DataJsonContext : JsonSerializerContext;
