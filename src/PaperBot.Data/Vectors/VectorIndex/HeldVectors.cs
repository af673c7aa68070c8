using System.Numerics.Tensors;
using PaperBot.Core.Papers.Vectors;
using PaperBot.Data.Database;

namespace PaperBot.Data.Vectors.VectorIndex;

/// <summary>
/// A model's vectors, all of them, held in memory while there are few enough to scan (below
/// <see cref="VectorIndexOptions.ExactScanBelow"/>: at most a few MB). Scanning SQLite instead read every blob back
/// through the page cache on each search, which cost more than the search's own ranking once every member's search
/// also writes (a conversation's shown papers) and so invalidates the readers' caches. Never changed in place: a
/// catch-up makes a new one. Kept in paper id order, the order of SQLite's scan, so ties are broken alike.
/// </summary>
internal sealed class HeldVectors
{
    private readonly long[] _ids;
    private readonly float[][] _vectors;

    private HeldVectors(long[] ids, float[][] vectors)
    {
        _ids = ids;
        _vectors = vectors;
    }

    public int Count => _ids.Length;

    /// <summary>The model's rows up to <paramref name="upToRowid"/>.</summary>
    public static HeldVectors Load(SqliteDatabase database, string modelId, long upToRowid) =>
        Merge(new SortedDictionary<long, float[]>(), database, modelId, 0, upToRowid);

    /// <summary>
    /// These vectors with the rows saved after <paramref name="afterRowid"/> up to <paramref name="upToRowid"/>: a
    /// replaced vector has a new, higher rowid, so it is among them and takes its paper's place.
    /// </summary>
    public HeldVectors With(SqliteDatabase database, string modelId, long afterRowid, long upToRowid)
    {
        var byId = new SortedDictionary<long, float[]>();
        for (var i = 0; i < _ids.Length; i++)
        {
            byId[_ids[i]] = _vectors[i];
        }

        return Merge(byId, database, modelId, afterRowid, upToRowid);
    }

    /// <summary>The <paramref name="top"/> vectors closest to <paramref name="unit"/>, best first, leaving out <paramref name="excludeId"/>.</summary>
    public IReadOnlyList<(long Id, double Score)> Nearest(float[] unit, int top, long? excludeId)
    {
        var best = new TopScores(top);
        for (var i = 0; i < _ids.Length; i++)
        {
            // A vector of another length (a model whose output changed) is skipped, as the SQLite scan does.
            if (_ids[i] != excludeId && _vectors[i].Length == unit.Length)
            {
                best.Offer(_ids[i], TensorPrimitives.Dot(_vectors[i], unit));
            }
        }

        return best.Drain();
    }

    private static HeldVectors Merge(SortedDictionary<long, float[]> byId, SqliteDatabase database, string modelId, long afterRowid, long upToRowid)
    {
        foreach (var (id, vector) in SavedVectors.Between(database, modelId, afterRowid, upToRowid))
        {
            byId[id] = vector;
        }

        return new HeldVectors([.. byId.Keys], [.. byId.Values]);
    }
}
