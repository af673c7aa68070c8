using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperBot.Core.Corpus;
using PaperBot.Core.Highlights;
using PaperBot.Core.Papers;
using PaperBot.Data;
using PaperBot.Postgres;

namespace PaperBot.IntegrationTests.Storage;

/// <summary>
/// One PaperBot process's store as the app composes it (<c>AddPaperBotData</c>, then <c>AddPaperBotPostgres</c>) on a
/// backend's settings and clock, so a contract test reaches every port through the registrations PaperBot runs with.
/// An embedder, when given, stands in for the embedding model.
/// </summary>
internal sealed class ComposedProcess : IAsyncDisposable
{
    private readonly IHost _host;

    private ComposedProcess(IHost host) => _host = host;

    public static ComposedProcess Start(StoreBackend backend, ITextEmbedder? embedder = null, PostClaimLease? lease = null)
    {
        ArgumentNullException.ThrowIfNull(backend);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(backend.Settings);
        builder.Services.AddSingleton<TimeProvider>(backend.Time);

        // The host registers the corpus reader (AddPaperBotHost); the store's ingest reads files through it.
        builder.Services.AddSingleton(new CorpusFileReader(new CorpusReaderOptions(), backend.Time));
        if (lease is not null)
        {
            builder.Services.AddSingleton(lease);
        }

        if (embedder is not null)
        {
            builder.Services.AddSingleton(embedder);
        }

        builder.AddPaperBotData();
        builder.AddPaperBotPostgres();
        return new ComposedProcess(builder.Build());
    }

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    public ValueTask DisposeAsync()
    {
        _host.Dispose();
        return ValueTask.CompletedTask;
    }
}
