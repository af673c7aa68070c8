using Microsoft.Extensions.AI;
using PaperBot.Core.Papers;

namespace PaperBot.AI.Embeddings;

/// <summary>
/// Dense vectors from the configured embedding model (<see cref="AiOptions.EmbeddingModel"/>) through MEAI's generator.
/// Queries and documents are sent alike: the OpenAI-style models are symmetric and take no instruction prefix.
/// </summary>
internal sealed class OpenAiTextEmbedder(IEmbeddingGenerator<string, Embedding<float>> generator, string modelId) : ITextEmbedder
{
    // The API rejects empty input; a paper with no text still gets a (meaningless but stable) vector so it is not asked for again.
    private const string EmptyText = "(no text)";

    // Well under the models' 8k-token input limit.
    private const int MaxChars = 8000;

    public string ModelId => modelId;

    // A remote model's failures are per call (timeouts, outages): each is logged by its caller, and the next may work.
    public bool IsAvailable => true;

    public async Task<IReadOnlyList<float[]>> EmbedDocumentsAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return [];
        }

        var inputs = texts.Select(t => string.IsNullOrWhiteSpace(t) ? EmptyText : t.Length > MaxChars ? t[..MaxChars] : t).ToArray();
        var embeddings = await generator.GenerateAsync(inputs, options: null, cancellationToken).ConfigureAwait(false);
        if (embeddings.Count != inputs.Length)
        {
            throw new InvalidOperationException($"The embedding model returned {embeddings.Count} vectors for {inputs.Length} texts.");
        }

        return [.. embeddings.Select(e => e.Vector.ToArray())];
    }

    // A remote model has no background indexing to hold back: passages are documents.
    public Task<IReadOnlyList<float[]>> EmbedPassagesAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        EmbedDocumentsAsync(texts, cancellationToken);

    public async Task<float[]> EmbedQueryAsync(string query, CancellationToken cancellationToken)
    {
        var vectors = await EmbedDocumentsAsync([query ?? ""], cancellationToken).ConfigureAwait(false);
        return vectors[0];
    }
}
