namespace PaperBot.Core.Papers;

/// <summary>
/// Turns text into dense vectors: the local model by default, or the configured OpenAI-compatible one. Queries and
/// documents are embedded differently (asymmetric models prefix queries with an instruction), so callers say which.
/// </summary>
public interface ITextEmbedder
{
    /// <summary>The model's name; stored vectors are kept per model, so changing it re-embeds.</summary>
    string ModelId { get; }

    /// <summary>
    /// False once the model is known to be unusable (it failed to load): callers then rank without dense vectors and
    /// need not log it again, the embedder has said why. True before the first use of a lazily loaded model.
    /// </summary>
    bool IsAvailable { get; }

    /// <summary>One vector per document (a paper's title and abstract), in order.</summary>
    Task<IReadOnlyList<float[]>> EmbedDocumentsAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken);

    /// <summary>
    /// One vector per passage (sentences of an abstract) for a member who is waiting for the answer: embedded like
    /// documents, but never made to wait for members' work the way background indexing is.
    /// </summary>
    Task<IReadOnlyList<float[]>> EmbedPassagesAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken);

    /// <summary>The vector of a search query, to compare with document vectors.</summary>
    Task<float[]> EmbedQueryAsync(string query, CancellationToken cancellationToken);
}
