using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PaperBot.Discord;
using PaperBot.Discord.Gateway;
using PaperBot.Discord.Rest;

namespace PaperBot.Tests.Discord.Transport;

public sealed class DiscordTransportRegistrationTests
{
    [Fact]
    public void AddDiscordTransport_ResolvesSingletonRestAndGateway()
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddOptions<DiscordOptions>().Configure(o => o.Token = "t");

        services.AddDiscordTransport();
        using var provider = services.BuildServiceProvider();

        Assert.IsType<DiscordRestClient>(provider.GetRequiredService<IDiscordRest>());
        Assert.IsType<GatewayClient>(provider.GetRequiredService<IDiscordGateway>());
        Assert.Same(provider.GetRequiredService<IDiscordGateway>(), provider.GetRequiredService<IDiscordGateway>());
    }
}
