using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PaperBot.Cli;

/// <summary>Writes one JSON document to the output, followed by a newline.</summary>
internal static class CliJson
{
    // Titles and abstracts are full of non-ASCII ("Déjà vu", "…"): print them as they are, not as \u escapes.
    // Output goes to a terminal or a pipe, never into HTML, so the relaxed encoder is safe here.
    private static readonly JsonSerializerOptions Options = new(CliJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serializes with the source-generated contract of <typeparamref name="T"/> (see <see cref="CliJsonContext"/>).</summary>
    public static async Task WriteAsync<T>(TextWriter output, T value)
    {
        await output.WriteLineAsync(JsonSerializer.Serialize(value, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T))));
        await output.FlushAsync();
    }
}
