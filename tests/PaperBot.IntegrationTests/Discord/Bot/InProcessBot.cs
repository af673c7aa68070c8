using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Moq;
using PaperBot.Core.Chat;
using PaperBot.Core.Follows;
using PaperBot.Core.Highlights;
using PaperBot.Core.Library;
using PaperBot.Core.Papers;
using PaperBot.Core.Summaries;
using PaperBot.Discord;
using PaperBot.Discord.Gateway;
using PaperBot.FakeDiscord;

namespace PaperBot.IntegrationTests.Discord.Bot;

/// <summary>
/// PaperBot's Discord side composed as the app composes it (AddPaperBotDiscord: the real gateway and REST clients,
/// responder, commands), against a fake Discord, with the paper ports as mocks the test controls.
/// </summary>
internal sealed class InProcessBot : IAsyncDisposable
{
    private InProcessBot(FakeDiscordServer discord, IHost host)
    {
        Discord = discord;
        Host = host;
    }

    public FakeDiscordServer Discord { get; }

    public IHost Host { get; }

    /// <summary>The bot's gateway, for its per-shard state.</summary>
    public GatewayClient Gateway => (GatewayClient)Host.Services.GetRequiredService<IDiscordGateway>();

    /// <param name="time">The bot's clock (identify pacing, heartbeats, deferrals, rate limits), for a test that moves it itself. Default: the system clock.</param>
    public static async Task<InProcessBot> StartAsync(Mock<IPaperSearch> search, Mock<IAssistant> assistant, FakeDiscordOptions? options = null, ILibraryStore? library = null,
        TimeProvider? time = null)
    {
        var discord = await FakeDiscordServer.StartAsync(options);
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = discord.Token,
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl.ToString(),
            ["Discord:ReconnectDelayMilliseconds"] = "20",
            ["Discord:MaxReconnectDelayMilliseconds"] = "200",
        });
        builder.Services.AddSingleton(time ?? TimeProvider.System);
        builder.Services.AddSingleton(search.Object);
        builder.Services.AddSingleton(assistant.Object);
        builder.Services.AddSingleton(Mock.Of<IPaperStore>());
        builder.Services.AddSingleton(Mock.Of<ISummarizer>());
        builder.Services.AddSingleton(Mock.Of<ISimilarPapers>());
        builder.Services.AddSingleton(Mock.Of<IHighlightBuilder>());
        builder.Services.AddSingleton(Mock.Of<ISubscriptionStore>());
        builder.Services.AddSingleton(Mock.Of<IPaperVotes>());
        builder.Services.AddSingleton(Mock.Of<PaperBot.Core.Trends.ITopicTrends>());
        builder.Services.AddSingleton(Mock.Of<PaperBot.Core.Trends.ITrendChart>());
        builder.Services.AddSingleton(Mock.Of<IReadingListStore>());
        builder.Services.AddSingleton(Mock.Of<IMemberData>());
        builder.Services.AddSingleton(Mock.Of<IMemberChannels>());
        builder.Services.AddSingleton(Mock.Of<IMeaningSimilarity>());
        builder.Services.AddSingleton(Mock.Of<IFollowStore>());
        builder.Services.AddSingleton(new ForYouRanker(Mock.Of<ILibraryStore>(), Mock.Of<ILibraryNeighbours>(), Mock.Of<ISimilarPapers>(), Mock.Of<IPaperStore>()));
        builder.Services.AddSingleton(library ?? Mock.Of<ILibraryStore>());
        builder.AddPaperBotDiscord();
        var host = builder.Build();
        await host.StartAsync();
        await FakeDiscordServer.WaitForAsync(() => discord.IsSessionLive, TimeSpan.FromSeconds(30), "a live session");
        return new InProcessBot(discord, host);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync(TimeSpan.FromSeconds(10));
        Host.Dispose();
        await Discord.DisposeAsync();
    }
}
