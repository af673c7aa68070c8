using Microsoft.Extensions.Time.Testing;
using PaperBot.Core.Highlights;

namespace PaperBot.IntegrationTests.Storage;

/// <summary>
/// A store provider under the contract tests: one fresh database of its own, on which "processes" are started, each
/// with its own connections and claim owner, as separate PaperBots on one database would be. The clock is shared.
/// </summary>
internal abstract class StoreBackend : IAsyncDisposable
{
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    /// <summary>The configuration that points PaperBot's composition at this backend's database (see <see cref="ComposedProcess"/>).</summary>
    public abstract IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>Starts a process on this backend's database; the caller disposes it (the process ends).</summary>
    public abstract StoreProcess StartProcess(PostClaimLease? lease = null);

    /// <summary>How many rows <paramref name="table"/> holds (a name from the schema, never user text).</summary>
    public abstract Task<long> CountAsync(string table);

    public abstract ValueTask DisposeAsync();
}
