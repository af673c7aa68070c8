using Npgsql;
using NpgsqlTypes;
using PaperBot.Core.Papers.Vectors;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Vectors;

/// <summary>
/// One model's vectors held in the process, built from the database and kept in step with it: before each query the
/// rows saved since the last look (by any process) are read by their <c>seq</c>. Queries scan every vector exactly;
/// PostgreSQL stays the source of truth.
/// </summary>
internal sealed class ModelVectors(string modelId) : IDisposable
{
    private const string ChangesSql = """
        SELECT paper_id, vector, seq FROM paper_embeddings WHERE model = @model AND seq > @after ORDER BY seq
        """;

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly Dictionary<long, float[]> _vectors = [];
    private long _seenUpTo;

    /// <summary>The <paramref name="top"/> closest papers to the unit vector <paramref name="query"/>, best first.</summary>
    public async Task<IReadOnlyList<(long Id, double Score)>> NearestAsync(NpgsqlConnection connection, float[] query, int top, CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            await CatchUpAsync(connection, cancellationToken);
            var best = new TopScores(top);
            foreach (var (id, vector) in _vectors)
            {
                if (vector.Length == query.Length)
                {
                    best.Offer(id, UnitVectors.Dot(vector, query));
                }
            }

            return best.Drain();
        }
        finally
        {
            _refresh.Release();
        }
    }

    private async Task CatchUpAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, ChangesSql)
            .With("model", NpgsqlDbType.Text, modelId)
            .With("after", NpgsqlDbType.Bigint, _seenUpTo);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            _vectors[reader.GetInt64(0)] = reader.GetFieldValue<float[]>(1);
            _seenUpTo = reader.GetInt64(2);
        }
    }

    public void Dispose() => _refresh.Dispose();
}
