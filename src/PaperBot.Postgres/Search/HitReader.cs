using Npgsql;
using NpgsqlTypes;
using PaperBot.Core.Papers;
using PaperBot.Core.Text;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Search;

/// <summary>The columns every result list reads (search, hybrid, related and recent papers), as <see cref="PaperHit"/>s.</summary>
internal static class HitReader
{
    /// <summary>In <see cref="Read"/>'s order, on <c>papers AS p</c>.</summary>
    public const string Columns = "p.id, p.title, p.arxiv_id, p.published_on, p.upvotes, p.abstract, p.categories";

    /// <summary>The hit in the current row, with the abstract's sentence that best matches <paramref name="words"/> as snippet.</summary>
    public static PaperHit Read(NpgsqlDataReader reader, double score, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new PaperHit(
            reader.GetInt64(0),
            reader.GetString(1),
            reader.OptionalString(2),
            reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3),
            reader.IsDBNull(4) ? null : reader.GetInt32(4),
            score,
            SnippetBuilder.Build(reader.GetString(5), words))
        {
            Categories = reader.GetFieldValue<string[]>(6),
        };
    }

    /// <summary>Ranked paper ids as hits, in the given order (ids no longer stored are left out).</summary>
    public static async Task<IReadOnlyList<PaperHit>> LoadAsync(
        NpgsqlConnection connection, IReadOnlyList<(long Id, double Score)> ranked, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        if (ranked.Count == 0)
        {
            return [];
        }

        await using var command = Sql.Command(connection, $"SELECT {Columns} FROM papers AS p WHERE p.id = ANY(@ids)")
            .With("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint, ranked.Select(r => r.Id).ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var scores = ranked.ToDictionary(r => r.Id, r => r.Score);
        var hits = new Dictionary<long, PaperHit>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            hits[id] = Read(reader, scores[id], words);
        }

        return [.. ranked.Where(r => hits.ContainsKey(r.Id)).Select(r => hits[r.Id])];
    }
}
