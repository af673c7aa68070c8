namespace PaperBot.Benchmarks.Ingest;

/// <summary>One side of the ingest comparison, fed one file (one transaction) at a time into its own database.</summary>
internal interface IIngestSide : IDisposable
{
    string Name { get; }

    string DatabasePath { get; }

    /// <summary>Ingests one file; returns its entries and how many were new papers.</summary>
    Task<(long Entries, long New)> IngestFileAsync(string file, CancellationToken cancellationToken);

    /// <summary>Where the time went, by phase (sides that keep phases), else null.</summary>
    IReadOnlyDictionary<string, double>? PhaseSeconds { get; }
}
