namespace PaperBot.IntegrationTests.Storage;

/// <summary>
/// The lifetime every store contract test shares: a fresh database from the provider's backend and one process on it,
/// both gone at the end. A provider's test class only says which backend.
/// </summary>
public abstract class StoreContract : IAsyncLifetime
{
    private StoreBackend? _backend;
    private StoreProcess? _process;

    private protected StoreBackend Backend => _backend ?? throw new InvalidOperationException("not initialized");

    /// <summary>The first process on the database.</summary>
    private protected StoreProcess Process => _process ?? throw new InvalidOperationException("not initialized");

    public virtual async Task InitializeAsync()
    {
        _backend = await CreateBackendAsync();
        _process = _backend.StartProcess();
    }

    public async Task DisposeAsync()
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
