namespace PaperBot.Benchmarks.Search;

/// <summary>
/// One search's top 10 against the exact BM25 ranking (the bare FTS5 query ORDER BY rank): <see cref="Overlap"/> is
/// the share of the exact top 10 PaperBot returned, a hit tied with the exact 10th score counting as found.
/// <see cref="Expression"/> is the MATCH expression of the reference (all terms, or any term when all found nothing).
/// </summary>
internal sealed record QueryOverlap(
    string Kind,
    string Query,
    string Expression,
    double Overlap,
    int ReferenceHits,
    int PaperBotHits,
    int Shared,
    int TiedAtTenth);
