using PaperBot.FakeDiscord;
using PaperBot.IntegrationTests.Cli;

namespace PaperBot.IntegrationTests.Discord.Bot;

/// <summary>The real PaperBot program connected to a fake Discord on 127.0.0.1, with its own temp home and database.</summary>
internal sealed class BotHost : IAsyncDisposable
{
    private readonly PaperBotProcess _paperBot = new();
    private RunningPaperBot? _running;

    private BotHost(FakeDiscordServer discord)
    {
        Discord = discord;
        _paperBot.Environment["PAPERBOT_Discord__Token"] = discord.Token;
        _paperBot.Environment["PAPERBOT_Discord__ApiBaseUrl"] = discord.ApiBaseUrl.ToString();
        _paperBot.Environment["PAPERBOT_Discord__ReconnectDelayMilliseconds"] = "50";
        _paperBot.Environment["PAPERBOT_Logging__LogLevel__PaperBot"] = "Information";
    }

    public FakeDiscordServer Discord { get; }

    public string DatabasePath => Path.Combine(_paperBot.Home, "paperbot.db");

    public RunningPaperBot Process => _running ?? throw new InvalidOperationException("not started");

    public IDictionary<string, string> Environment => _paperBot.Environment;

    public static async Task<BotHost> CreateAsync(FakeDiscordOptions? options = null) => new(await FakeDiscordServer.StartAsync(options));

    /// <summary>Starts PaperBot (again, after a kill) and waits until its new gateway session is live.</summary>
    public async Task StartAsync()
    {
        _running?.Dispose();
        var identified = Discord.IdentifyCount;
        _running = _paperBot.Start("run", "--db", DatabasePath);
        var running = _running;
        await FakeDiscordServer.WaitForAsync(() => (Discord.IdentifyCount > identified && Discord.IsSessionLive) || running.HasExited, TimeSpan.FromSeconds(60), "a live gateway session");
        Assert.False(_running.HasExited, _running.Error);
    }

    public void Kill() => _running?.Kill();

    /// <summary>Runs another PaperBot command (e.g. <c>stats</c>) with the same home and settings, beside the running bot.</summary>
    public Task<PaperBotProcess.Result> RunVerbAsync(params string[] args) => _paperBot.RunAsync(null, args);

    public async ValueTask DisposeAsync()
    {
        _running?.Dispose();
        await Discord.DisposeAsync();
        _paperBot.Dispose();
    }
}
