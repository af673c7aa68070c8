using PaperBot.Core.Papers;

namespace PaperBot.Retrieval.Vectors;

/// <summary>
/// A store's dense vectors as ranking reads them: in the process and synchronously (many papers per query), after an
/// asynchronous <see cref="CatchUpAsync"/> that brings the process's view up to the database. SQLite reads its file
/// directly, so its catch-up does nothing; PostgreSQL reads the rows other processes saved since it last looked.
/// </summary>
internal interface IStoredVectors : IEmbeddingStore
{
    /// <summary>Brings this process's view of the model's vectors up to the database, before a query reads it.</summary>
    Task CatchUpAsync(string modelId, CancellationToken cancellationToken);

    /// <summary>A paper's stored vector for the model as of the last catch-up, or <c>null</c>.</summary>
    float[]? Find(string modelId, long paperId);

    /// <summary>The <paramref name="top"/> closest papers to a unit vector, best first, leaving out <paramref name="excludeId"/>.</summary>
    IReadOnlyList<(long Id, double Score)> Nearest(string modelId, float[] query, int top, long? excludeId);
}
