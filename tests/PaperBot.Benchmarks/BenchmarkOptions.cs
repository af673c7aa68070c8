using System.Globalization;

namespace PaperBot.Benchmarks;

/// <summary>The command line (see README.md). Every option has a default; a wrong value is one line naming it.</summary>
internal sealed record BenchmarkOptions
{
    public const string Usage = """
        usage: PaperBot.Benchmarks [--sizes 10000,100000] [--out DIR] [--keep] [--reuse] [--queries N] [--json FILE]
                                   [--format pagedump|snapshot] [--startup-runs N] [--paperbot PATH/PaperBot.dll] [--corpus DIR]
               PaperBot.Benchmarks --ack-latency [--rounds N] [--in-flight N] [--json FILE] [--paperbot PATH/PaperBot.dll]
               PaperBot.Benchmarks --embedding [--embedding-rounds N] [--corpus DIR]
               PaperBot.Benchmarks --ask [--ask-cached] [--queries N] [--json FILE] [--corpus DIR]
               PaperBot.Benchmarks --providers [--postgres CONNECTION-STRING] [--sizes 100000] [--queries N] [--json FILE] [--out DIR] [--keep]
               PaperBot.Benchmarks --vectors [--count N] [--vector-queries N] [--ef N,N] [--quantization F16]
                                   [--connectivity N] [--expansion-add N] [--out DIR] [--keep]
          --sizes         corpus sizes in papers, comma-separated (default 10000,100000; add 1000000 for the README figures)
          --out           folder for the generated corpus and databases (default: a new temp folder)
          --keep          keep that folder at the end (default: delete what the run created); a kept corpus is reused
          --reuse         (implies --keep; needs --out) use PaperBot databases a kept run left complete in --out: no ingest
                          comparison for those sizes, straight to search, autocomplete and start-up
          --format        the synthetic corpus as page dumps (pagedump, the default) or an arXiv metadata snapshot (snapshot)
          --queries       timed repetitions of every query (default 20; with --ask, timed passes over the question set)
          --json          also write the results as JSON to FILE
          --startup-runs  timed starts of the CLI per size (default 5)
          --paperbot      the built PaperBot.dll to time start-up with or run for --ack-latency (default: found beside this repository's build)
          --corpus        the real corpus folder the vocabulary comes from (default: the copy beside this program)
          --ack-latency   only the interaction acknowledgement latency through the fake Discord (PaperBot vs a bare responder)
          --rounds        timed rounds of --ack-latency, after one warm-up round (default 20)
          --in-flight     interactions sent at once in each round (default 50)
          --embedding     only the local embedding model: PaperBot's indexing of the corpus vs the bare encoder, and its memory
          --embedding-rounds  rounds of each side of --embedding, in turns (default 3)
          --ask           only the offline assistant's answer latency on the bundled corpus vs the search it builds on
          --ask-cached    keep query vectors cached between passes (default: emptied before every call, as for new questions)
          --providers     only PostgreSQL against SQLite on the same synthetic corpus: ingest, search and autocomplete p50/p99
          --postgres      with --providers: the PostgreSQL server, a connection string whose user may CREATE DATABASE
                          (default: $PAPERBOT_BENCH_POSTGRES); each size gets a new database, dropped at the end unless --keep
          --vectors       only the dense vector index: HNSW against the exact scan on synthetic clustered vectors
          --count         vectors (default 1000000; e.g. 100000 for a smoke run)
          --vector-queries  queries timed and checked for recall (default 300)
          --reuse         with --vectors: reuse the database and index kept in --out by an earlier --vectors --keep run
          --ef            search expansions to measure, the first one judged (default: the shipped VectorIndex:ExpansionSearch)
          --quantization, --connectivity, --expansion-add   build settings (default: the shipped VectorIndex settings)
        """;

    /// <summary>Corpus sizes in papers, smallest first. Default 10,000 and 100,000.</summary>
    public IReadOnlyList<int> Sizes { get; private init; } = [10_000, 100_000];

    /// <summary>Where the corpus and databases go; null for a new temp folder.</summary>
    public string? OutputFolder { get; private init; }

    public bool Keep { get; private init; }

    /// <summary>Timed repetitions of every query. Default 20.</summary>
    public int Repetitions { get; private init; } = 20;

    public string? JsonFile { get; private init; }

    /// <summary>Timed starts of the CLI per size. Default 5.</summary>
    public int StartupRuns { get; private init; } = 5;

    public string? PaperBotDll { get; private init; }

    /// <summary>How the synthetic corpus is written. Default page dumps.</summary>
    public Generation.SyntheticFormat Format { get; private init; } = Generation.SyntheticFormat.PageDump;

    public string CorpusFolder { get; private init; } = Path.Combine(AppContext.BaseDirectory, "corpus");

    public bool ShowHelp { get; private init; }

    /// <summary>Run only the acknowledgement latency benchmark (not the corpus benchmarks). Default off.</summary>
    public bool AckLatency { get; private init; }

    /// <summary>Timed rounds of the acknowledgement benchmark. Default 20.</summary>
    public int Rounds { get; private init; } = 20;

    /// <summary>Interactions sent at once per round of the acknowledgement benchmark. Default 50.</summary>
    public int InFlight { get; private init; } = 50;

    /// <summary>Run only the embedding benchmark (see README.md, "Embedding"). Default off.</summary>
    public bool Embedding { get; private init; }

    /// <summary>Rounds of each side of the embedding benchmark. Default 3.</summary>
    public int EmbeddingRounds { get; private init; } = 3;

    /// <summary>Run only the offline assistant benchmark (see README.md, "Offline assistant"). Default off.</summary>
    public bool Ask { get; private init; }

    /// <summary>With <see cref="Ask"/>: keep the query vector cache between calls instead of emptying it before each. Default off.</summary>
    public bool AskCached { get; private init; }

    /// <summary>Run only the provider comparison (PostgreSQL against SQLite). Default off.</summary>
    public bool Providers { get; private init; }

    /// <summary>With <see cref="Providers"/>: the PostgreSQL server's connection string; null for <c>PAPERBOT_BENCH_POSTGRES</c>.</summary>
    public string? PostgresServer { get; private init; }

    /// <summary>Run only the vector index benchmark. Default off.</summary>
    public bool Vectors { get; private init; }

    /// <summary>
    /// Reuse what an earlier kept run left in <c>--out</c>: the corpus benchmark's complete PaperBot databases (no
    /// ingest comparison), or the vector benchmark's database and index. Implies <see cref="Keep"/>. Default off.
    /// </summary>
    public bool Reuse { get; private init; }

    /// <summary>Vectors in the vector benchmark. Default 1,000,000.</summary>
    public int VectorCount { get; private init; } = 1_000_000;

    /// <summary>Queries of the vector benchmark. Default 300.</summary>
    public int VectorQueries { get; private init; } = 300;

    /// <summary>Search expansions to measure; null for the shipped default.</summary>
    public IReadOnlyList<int>? ExpansionSearch { get; private init; }

    public Data.Vectors.VectorIndex.VectorQuantization? Quantization { get; private init; }

    public int? Connectivity { get; private init; }

    public int? ExpansionAdd { get; private init; }

    /// <summary>Parses <paramref name="args"/>; throws <see cref="ArgumentException"/> with a one-line reason.</summary>
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--sizes" => options.With(sizes: ParseSizes(Value())),
                "--out" => options.With(output: Value()),
                "--keep" => options.With(keep: true),
                "--queries" => options.With(repetitions: Positive("--queries", Value())),
                "--json" => options.With(json: Value()),
                "--startup-runs" => options.With(startupRuns: Positive("--startup-runs", Value())),
                "--paperbot" => options.With(paperBot: Value()),
                "--corpus" => options.With(corpus: Value()),
                "--ack-latency" => options.With(ackLatency: true),
                "--rounds" => options.With(rounds: Positive("--rounds", Value())),
                "--in-flight" => options.With(inFlight: Positive("--in-flight", Value())),
                "--embedding" => options.With(embedding: true),
                "--embedding-rounds" => options.With(embeddingRounds: Positive("--embedding-rounds", Value())),
                "--ask" => options with { Ask = true },
                "--ask-cached" => options with { AskCached = true },
                "--vectors" => options with { Vectors = true },
                "--providers" => options with { Providers = true },
                "--postgres" => options with { PostgresServer = Value() },
                "--reuse" => options with { Reuse = true, Keep = true },
                "--format" => options with { Format = ParseFormat(Value()) },
                "--count" => options with { VectorCount = Positive("--count", Value().Replace("_", "", StringComparison.Ordinal)) },
                "--vector-queries" => options with { VectorQueries = Positive("--vector-queries", Value()) },
                "--ef" => options with { ExpansionSearch = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(e => Positive("--ef", e)).ToArray() },
                "--quantization" => options with { Quantization = Enum.TryParse<Data.Vectors.VectorIndex.VectorQuantization>(Value(), true, out var q) ? q : throw new ArgumentException("--quantization takes F32, F16 or I8") },
                "--connectivity" => options with { Connectivity = Positive("--connectivity", Value()) },
                "--expansion-add" => options with { ExpansionAdd = Positive("--expansion-add", Value()) },
                "-h" or "--help" => options.With(help: true),
                var other => throw new ArgumentException($"unknown option '{other}'"),
            };
        }

        return options;
    }

    private BenchmarkOptions With(
        IReadOnlyList<int>? sizes = null, string? output = null, bool? keep = null, int? repetitions = null, string? json = null,
        int? startupRuns = null, string? paperBot = null, string? corpus = null, bool? help = null,
        bool? ackLatency = null, int? rounds = null, int? inFlight = null, bool? embedding = null, int? embeddingRounds = null) => this with
    {
        Sizes = sizes ?? Sizes,
        OutputFolder = output ?? OutputFolder,
        Keep = keep ?? Keep,
        Repetitions = repetitions ?? Repetitions,
        JsonFile = json ?? JsonFile,
        StartupRuns = startupRuns ?? StartupRuns,
        PaperBotDll = paperBot ?? PaperBotDll,
        CorpusFolder = corpus ?? CorpusFolder,
        ShowHelp = help ?? ShowHelp,
        AckLatency = ackLatency ?? AckLatency,
        Rounds = rounds ?? Rounds,
        InFlight = inFlight ?? InFlight,
        Embedding = embedding ?? Embedding,
        EmbeddingRounds = embeddingRounds ?? EmbeddingRounds,
    };

    private static Generation.SyntheticFormat ParseFormat(string text) => text.ToLowerInvariant() switch
    {
        "pagedump" => Generation.SyntheticFormat.PageDump,
        "snapshot" => Generation.SyntheticFormat.Snapshot,
        _ => throw new ArgumentException($"--format takes pagedump or snapshot, not '{text}'"),
    };

    private static int[] ParseSizes(string text)
    {
        var sizes = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => Positive("--sizes", s.Replace("_", "", StringComparison.Ordinal)))
            .Distinct()
            .Order()
            .ToArray();
        return sizes.Length > 0 ? sizes : throw new ArgumentException("--sizes needs at least one size, e.g. --sizes 10000,100000");
    }

    private static int Positive(string option, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"{option} takes a positive whole number, not '{text}'");
}
