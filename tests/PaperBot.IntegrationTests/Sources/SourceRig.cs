using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.IntegrationTests.Corpus;
using PaperBot.Sources.HuggingFace;

namespace PaperBot.IntegrationTests.Sources;

/// <summary>
/// A local Hugging Face, a real store and a clock whose today is 2026-08-18 (a Tuesday): a week of backfill reaches every
/// daily list of the real fixture (08-11, 08-17, 08-18).
/// </summary>
internal sealed class SourceRig : IAsyncDisposable
{
    public static readonly DateTimeOffset Today = new(2026, 8, 18, 9, 30, 0, TimeSpan.Zero);
    private readonly List<HuggingFaceClient> _clients = [];

    private SourceRig(FakeHuggingFaceServer server) => Server = server;

    public FakeHuggingFaceServer Server { get; }

    public LiveStore Store { get; } = new();

    public ShiftedClock Clock { get; } = new(Today);

    public string Folder => Path.Combine(Store.Folder, "sources", "huggingface");

    public static async Task<SourceRig> StartAsync() => new(await FakeHuggingFaceServer.StartAsync());

    /// <summary>A poller as the host builds it, over a fresh client (a new process, as far as the client knows).</summary>
    public HuggingFaceDailyPoller Poller(int backfillDays = 7, Uri? baseUrl = null)
    {
        var options = Options.Create(new HuggingFaceOptions
        {
            Enabled = true,
            BaseUrl = baseUrl ?? Server.BaseUrl,
            BackfillDays = backfillDays,
            TimeoutSeconds = 20,
        });
        var client = new HuggingFaceClient(options, Clock, Store.Loggers.CreateLogger<HuggingFaceClient>());
        _clients.Add(client);
        return new HuggingFaceDailyPoller(client, new DailyFileStore(Folder, Clock), Store.Updater, options, Clock, Store.Loggers.CreateLogger<HuggingFaceDailyPoller>());
    }

    public async ValueTask DisposeAsync()
    {
        _clients.ForEach(c => c.Dispose());
        await Server.DisposeAsync();
        Store.Dispose();
    }
}
