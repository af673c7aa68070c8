using System.Text.Json.Serialization;
using PaperBot.Data.Vectors.VectorIndex;

namespace PaperBot.Data;

/// <summary>Source-generated JSON for the lists kept in text columns (no reflection on the ingest path) and the vector index manifest.</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IndexManifest))]
internal sealed partial class DataJsonContext : JsonSerializerContext;
