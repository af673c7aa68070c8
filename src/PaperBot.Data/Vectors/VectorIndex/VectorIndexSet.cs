using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using PaperBot.Data.Database;

namespace PaperBot.Data.Vectors.VectorIndex;

/// <summary>The nearest-neighbour search of each embedding model stored in one database, opened on first use.</summary>
internal sealed class VectorIndexSet(SqliteDatabase database, VectorIndexOptions options, ILogger logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<ModelIndex>> _models = new(StringComparer.Ordinal);

    public ModelIndex For(string modelId) =>
        _models.GetOrAdd(modelId, id => new Lazy<ModelIndex>(() => new ModelIndex(database, id, options, logger))).Value;

    public void Dispose()
    {
        foreach (var model in _models.Values)
        {
            if (model.IsValueCreated)
            {
                model.Value.Dispose();
            }
        }
    }
}
