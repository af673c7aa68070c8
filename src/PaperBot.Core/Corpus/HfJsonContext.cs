using System.Text.Json.Serialization;

namespace PaperBot.Core.Corpus;

/// <summary>Source-generated metadata for the Hugging Face DTOs: no reflection while streaming large files.</summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(HfPaperDto))]
internal sealed partial class HfJsonContext : JsonSerializerContext;
