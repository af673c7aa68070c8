using PaperBot.Core.Papers;

namespace PaperBot.AI.Offline;

/// <summary>
/// Closeness in meaning when no store of paper vectors is composed (the data project registers the real one): always
/// "unknown", so answers go by words.
/// </summary>
internal sealed class MeaningUnknown : IMeaningSimilarity
{
    public Task<IReadOnlyList<double>?> ToPassagesAsync(string question, IReadOnlyList<string> passages, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<double>?>(null);

    public Task<IReadOnlyDictionary<long, double>> ToPapersAsync(string question, IReadOnlyCollection<long> paperIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<long, double>>(new Dictionary<long, double>());

    public double? BetweenPapers(long first, long second) => null;
}
