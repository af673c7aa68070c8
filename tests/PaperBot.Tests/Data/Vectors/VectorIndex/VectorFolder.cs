using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PaperBot.Data;
using PaperBot.Data.Database;
using PaperBot.Data.Vectors;
using PaperBot.Data.Vectors.VectorIndex;
using PaperBot.Tests.Discord.Transport;

namespace PaperBot.Tests.Data.Vectors.VectorIndex;

/// <summary>
/// A real database file in its own temp folder, with <c>papers</c> rows 1..N and clustered vectors saved through the store;
/// each <see cref="OpenStore"/> is a fresh store (a restart) with its own log.
/// </summary>
internal sealed class VectorFolder : IDisposable
{
    public const string Model = "test-model";
    private readonly List<SqliteEmbeddingStore> _stores = [];

    public VectorFolder(int papers)
    {
        Folder = Directory.CreateTempSubdirectory("paperbot-vectors-").FullName;
        Database = new SqliteDatabase(
            Options.Create(new StoreOptions { DatabasePath = Path.Combine(Folder, "paperbot.db") }), NullLogger<SqliteDatabase>.Instance);
        Database.Write(c =>
        {
            for (var id = 1; id <= papers; id++)
            {
                c.Execute("INSERT INTO papers(id, title, norm_title, abstract, added_at) VALUES(?, ?, ?, '', '2026-12-07')", id, $"Paper {id}", $"paper {id}");
            }

            return papers;
        });
    }

    public string Folder { get; }

    public SqliteDatabase Database { get; }

    /// <summary>A new store on the file; <paramref name="exactScanBelow"/> 0 always uses the index.</summary>
    public SqliteEmbeddingStore OpenStore(out ListLogger<SqliteEmbeddingStore> log, int exactScanBelow = 0)
    {
        log = new ListLogger<SqliteEmbeddingStore>();
        var store = new SqliteEmbeddingStore(Database, Options.Create(new VectorIndexOptions { ExactScanBelow = exactScanBelow }), log);
        _stores.Add(store);
        return store;
    }

    public static Task SaveAsync(SqliteEmbeddingStore store, IEnumerable<(long Id, float[] Vector)> vectors) =>
        store.SaveAsync(Model, vectors.ToList(), CancellationToken.None);

    /// <summary>Unit vectors around <paramref name="clusters"/> random centres (cosine ~0.85 to their centre), for ids 1..count.</summary>
    public static float[][] Clustered(int count, int dimensions, int clusters, int seed)
    {
        var random = new Random(seed);
        var centres = Enumerable.Range(0, clusters).Select(_ => Unit(Gaussian(random, dimensions, 1))).ToArray();
        return Enumerable.Range(0, count).Select(_ =>
        {
            var centre = centres[random.Next(clusters)];
            var noise = Gaussian(random, dimensions, 0.6 / Math.Sqrt(dimensions));
            return Unit(centre.Zip(noise, (c, n) => c + n).ToArray());
        }).ToArray();
    }

    public static float[] Unit(float[] vector)
    {
        var norm = (float)Math.Sqrt(vector.Sum(v => v * v));
        return vector.Select(v => v / norm).ToArray();
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        Database.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere: the OS temp cleaner will take it.
        }
    }

    private static float[] Gaussian(Random random, int dimensions, double sigma) =>
        Enumerable.Range(0, dimensions).Select(_ =>
            (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()) * sigma)).ToArray();
}
