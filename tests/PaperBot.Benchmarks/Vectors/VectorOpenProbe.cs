using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PaperBot.Data;
using PaperBot.Data.Database;
using PaperBot.Data.Vectors;
using PaperBot.Data.Vectors.VectorIndex;

namespace PaperBot.Benchmarks.Vectors;

/// <summary>
/// The start-up the bot pays for the index, in a fresh process: open the database, then the first dense search, which
/// opens the index lazily (manifest, memory-mapped view, the staleness check against SQLite) and answers. Prints the
/// milliseconds that took; the parent times the whole process against the runtime's own start.
/// </summary>
internal static class VectorOpenProbe
{
    public static int Run(string databasePath, string model, string[] settings)
    {
        // The same build settings as the parent (--quantization and the rest), or the manifest would not match.
        var options = BenchmarkOptions.Parse(settings);
        var clock = Stopwatch.StartNew();
        using var database = new SqliteDatabase(Options.Create(new StoreOptions { DatabasePath = databasePath }), NullLogger<SqliteDatabase>.Instance);
        using var store = new SqliteEmbeddingStore(database, Options.Create(VectorBench.IndexOptions(options.ExpansionSearch![0], options)));
        var query = new float[ClusteredVectors.Dimensions];
        new ClusteredVectors(1, 1).Fill(0, query, stream: 3);
        var found = store.Nearest(model, query, 10, excludeId: null);
        var mode = store.IndexOf(model).Mode;
        Console.WriteLine($"{clock.Elapsed.TotalMilliseconds:0.0} {mode} {found.Count}");
        return mode == VectorIndexMode.Hnsw && found.Count == 10 ? 0 : 1;
    }
}
