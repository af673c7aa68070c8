using PaperBot.Core.Papers;

namespace PaperBot.IntegrationTests.Storage;

/// <summary>
/// The lifetime of a contract test on the composed store: a fresh database from the provider's backend and one process
/// composed on it (<see cref="ComposedProcess"/>), both gone at the end. A provider's test class only says which backend.
/// </summary>
public abstract class ComposedContract : IAsyncLifetime
{
    private StoreBackend? _backend;
    private ComposedProcess? _process;

    private protected StoreBackend Backend => _backend ?? throw new InvalidOperationException("not initialized");

    /// <summary>The first process on the database.</summary>
    private protected ComposedProcess Process => _process ?? throw new InvalidOperationException("not initialized");

    /// <summary>The embedding model of every process the test composes; none by default.</summary>
    private protected virtual ITextEmbedder? Embedder => null;

    public virtual async Task InitializeAsync()
    {
        _backend = await CreateBackendAsync();
        _process = ComposedProcess.Start(_backend, Embedder);
    }

    public virtual async Task DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        if (_backend is not null)
        {
            await _backend.DisposeAsync();
        }
    }

    private protected abstract Task<StoreBackend> CreateBackendAsync();
}
