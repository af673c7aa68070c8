using System.Numerics.Tensors;
using Npgsql;
using NpgsqlTypes;
using PaperBot.Core.Papers.Vectors;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Vectors;

/// <summary>
/// One model's vectors held in the process, built from the database and kept in step with it: a catch-up reads the rows
/// saved since the last one (by any process) by their <c>seq</c>, and every query catches up first. Queries scan every
/// vector exactly; PostgreSQL stays the source of truth.
/// </summary>
internal sealed class ModelVectors(string modelId) : IDisposable
{
    private const string ChangesSql = """
        SELECT paper_id, vector, seq FROM paper_embeddings WHERE model = @model AND seq > @after ORDER BY seq
        """;

    private readonly SemaphoreSlim _refresh = new(1, 1);

    // Written by catch-ups, read by queries: every access holds the dictionary's lock.
    private readonly Dictionary<long, float[]> _vectors = [];
    private long _seenUpTo;

    /// <summary>Reads the rows saved since the last catch-up, one catch-up at a time.</summary>
    public async Task CatchUpAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            await using var command = Sql.Command(connection, ChangesSql)
                .With("model", NpgsqlDbType.Text, modelId)
                .With("after", NpgsqlDbType.Bigint, _seenUpTo);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var changes = new List<(long Id, float[] Vector)>();
            while (await reader.ReadAsync(cancellationToken))
            {
                changes.Add((reader.GetInt64(0), reader.GetFieldValue<float[]>(1)));
                _seenUpTo = reader.GetInt64(2);
            }

            lock (_vectors)
            {
                foreach (var (id, vector) in changes)
                {
                    _vectors[id] = vector;
                }
            }
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Whether any vector was read so far.</summary>
    public bool IsEmpty
    {
        get
        {
            lock (_vectors)
            {
                return _vectors.Count == 0;
            }
        }
    }

    /// <summary>The paper's vector as of the last catch-up, or <c>null</c>.</summary>
    public float[]? Find(long paperId)
    {
        lock (_vectors)
        {
            return _vectors.GetValueOrDefault(paperId);
        }
    }

    /// <summary>The <paramref name="top"/> closest papers to the unit vector <paramref name="query"/>, best first, as of the last catch-up.</summary>
    public IReadOnlyList<(long Id, double Score)> Nearest(float[] query, int top, long? excludeId)
    {
        var best = new TopScores(top);
        lock (_vectors)
        {
            foreach (var (id, vector) in _vectors)
            {
                if (vector.Length == query.Length && id != excludeId)
                {
                    best.Offer(id, TensorPrimitives.Dot(vector, query));
                }
            }
        }

        return best.Drain();
    }

    public void Dispose() => _refresh.Dispose();
}
