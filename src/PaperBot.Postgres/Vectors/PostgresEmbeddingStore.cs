using System.Collections.Concurrent;
using NpgsqlTypes;
using PaperBot.Core.Papers;
using PaperBot.Core.Papers.Vectors;
using PaperBot.Postgres.Database;
using PaperBot.Retrieval.Vectors;

namespace PaperBot.Postgres.Vectors;

/// <summary>
/// Dense vectors per embedding model in PostgreSQL, unit length; nearest neighbours (cosine = dot product of unit
/// vectors) from an in-process index of each model's vectors (<see cref="ModelVectors"/>), built from the database and
/// caught up before each query (<see cref="IStoredVectors"/>), which is how the shared ranking code reads them.
/// </summary>
internal sealed class PostgresEmbeddingStore(PostgresDatabase database) : IStoredVectors, IDisposable
{
    private const string MissingSql = """
        SELECT p.id, p.title, p.abstract FROM papers AS p
        WHERE NOT EXISTS (SELECT 1 FROM paper_embeddings AS e WHERE e.model = @model AND e.paper_id = p.id)
        ORDER BY p.id LIMIT @max
        """;

    /// <summary>The advisory lock key of vector saves ("PBvector").</summary>
    private const long SaveLock = 0x5042_7665_6374_6F72;

    // A replaced vector takes a new seq, so every process's index reads it again.
    private const string SaveSql = """
        INSERT INTO paper_embeddings(model, paper_id, vector) VALUES(@model, @id, @vector)
        ON CONFLICT(model, paper_id) DO UPDATE SET vector = excluded.vector, seq = nextval('paper_embeddings_seq')
        """;

    private readonly ConcurrentDictionary<string, ModelVectors> _indexes = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<(long Id, string Text)>> GetMissingAsync(string modelId, int max, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        if (max <= 0)
        {
            return [];
        }

        return await database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, MissingSql)
                    .With("model", NpgsqlDbType.Text, modelId)
                    .With("max", NpgsqlDbType.Integer, max);
                await using var reader = await command.ExecuteReaderAsync(token);
                var missing = new List<(long, string)>();
                while (await reader.ReadAsync(token))
                {
                    missing.Add((reader.GetInt64(0), reader.GetString(1) + "\n\n" + reader.GetString(2)));
                }

                return (IReadOnlyList<(long, string)>)missing;
            },
            cancellationToken);
    }

    public async Task SaveAsync(string modelId, IReadOnlyList<(long Id, float[] Vector)> vectors, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(vectors);
        if (vectors.Count == 0)
        {
            return;
        }

        if (vectors.Any(v => v.Vector is null || v.Vector.Length == 0 || v.Vector.Length != vectors[0].Vector.Length))
        {
            throw new ArgumentException("Embeddings must be non-empty and of one dimension.", nameof(vectors));
        }

        var units = vectors.Select(v => (v.Id, Vector: UnitVectors.Normalize(v.Vector))).ToList();
        await database.InTransactionAsync(
            async (connection, transaction, token) =>
            {
                // Saves take their seq numbers one transaction at a time, so seq order is commit order: an index that
                // has read up to seq N can never miss a row committed later with a smaller number.
                await using (var serialize = Sql.Command(connection, $"SELECT pg_advisory_xact_lock({SaveLock})", transaction))
                {
                    await serialize.ExecuteNonQueryAsync(token);
                }

                foreach (var (id, vector) in units)
                {
                    await using var save = Sql.Command(connection, SaveSql, transaction)
                        .With("model", NpgsqlDbType.Text, modelId)
                        .With("id", NpgsqlDbType.Bigint, id)
                        .With("vector", NpgsqlDbType.Array | NpgsqlDbType.Real, vector);
                    await save.ExecuteNonQueryAsync(token);
                }

                return units.Count;
            },
            cancellationToken);
    }

    public Task<(long Embedded, long Papers)> CountAsync(string modelId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        return database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, "SELECT (SELECT count(*) FROM paper_embeddings WHERE model = @model), (SELECT count(*) FROM papers)")
                    .With("model", NpgsqlDbType.Text, modelId);
                await using var reader = await command.ExecuteReaderAsync(token);
                await reader.ReadAsync(token);
                return (reader.GetInt64(0), reader.GetInt64(1));
            },
            cancellationToken);
    }

    // PaperBot never deletes a vector, so a model with vectors in this process has them in the database.
    public Task<bool> HasAnyAsync(string modelId, CancellationToken cancellationToken) =>
        !IndexOf(modelId).IsEmpty ? Task.FromResult(true) : database.RunAsync(
            async (connection, token) =>
            {
                await using var command = Sql.Command(connection, "SELECT EXISTS(SELECT 1 FROM paper_embeddings WHERE model = @model)")
                    .With("model", NpgsqlDbType.Text, modelId);
                return (bool)(await command.ExecuteScalarAsync(token))!;
            },
            cancellationToken);

    public async Task<IReadOnlyList<(long Id, double Score)>> NearestAsync(string modelId, float[] query, int top, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (top <= 0 || query.Length == 0)
        {
            return [];
        }

        await CatchUpAsync(modelId, cancellationToken);
        return Nearest(modelId, query, top, excludeId: null);
    }

    public Task CatchUpAsync(string modelId, CancellationToken cancellationToken)
    {
        var index = IndexOf(modelId);
        return database.RunAsync(
            async (connection, token) =>
            {
                await index.CatchUpAsync(connection, token);
                return true;
            },
            cancellationToken);
    }

    public float[]? Find(string modelId, long paperId) => IndexOf(modelId).Find(paperId);

    public IReadOnlyList<(long Id, double Score)> Nearest(string modelId, float[] query, int top, long? excludeId)
    {
        ArgumentNullException.ThrowIfNull(query);
        return top <= 0 || query.Length == 0 ? [] : IndexOf(modelId).Nearest(UnitVectors.Normalize(query), top, excludeId);
    }

    private ModelVectors IndexOf(string modelId) => _indexes.GetOrAdd(modelId, id => new ModelVectors(id));

    public void Dispose()
    {
        foreach (var index in _indexes.Values)
        {
            index.Dispose();
        }
    }
}
