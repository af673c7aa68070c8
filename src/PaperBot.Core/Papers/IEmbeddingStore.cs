namespace PaperBot.Core.Papers;

/// <summary>Dense paper vectors kept in the database, per embedding model.</summary>
public interface IEmbeddingStore
{
    /// <summary>Up to <paramref name="max"/> papers that have no vector for <paramref name="modelId"/> yet: (id, text to embed).</summary>
    Task<IReadOnlyList<(long Id, string Text)>> GetMissingAsync(string modelId, int max, CancellationToken cancellationToken);

    /// <summary>Saves the vectors in one transaction: a batch is stored whole or not at all.</summary>
    Task SaveAsync(string modelId, IReadOnlyList<(long Id, float[] Vector)> vectors, CancellationToken cancellationToken);

    /// <summary>Papers with a vector for the model, and papers in all: two counts, no scan of the vectors themselves.</summary>
    Task<(long Embedded, long Papers)> CountAsync(string modelId, CancellationToken cancellationToken);

    /// <summary>Whether any vector exists for the model (hybrid search uses dense vectors only then).</summary>
    Task<bool> HasAnyAsync(string modelId, CancellationToken cancellationToken);

    /// <summary>Papers by cosine similarity to <paramref name="query"/>, best first (Score = cosine).</summary>
    Task<IReadOnlyList<(long Id, double Score)>> NearestAsync(string modelId, float[] query, int top, CancellationToken cancellationToken);
}
