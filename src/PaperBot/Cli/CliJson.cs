using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PaperBot.Cli;

/// <summary>Writes one JSON document to the output, followed by a newline.</summary>
internal static class CliJson
{
    public static async Task WriteAsync<T>(TextWriter output, T value, JsonTypeInfo<T> type)
    {
        await output.WriteLineAsync(JsonSerializer.Serialize(value, type));
        await output.FlushAsync();
    }
}
