using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Discord.Gateway;
using PaperBot.Discord.Rest;

namespace PaperBot.Discord;

/// <summary>Registers the Discord transport: REST and gateway clients that speak API v10 directly.</summary>
internal static class DiscordTransportRegistration
{
    /// <summary>
    /// Adds <see cref="IDiscordRest"/> and <see cref="IDiscordGateway"/> as singletons. Expects
    /// <see cref="DiscordOptions"/> to be bound and a <see cref="TimeProvider"/> to be registered.
    /// </summary>
    internal static IServiceCollection AddDiscordTransport(this IServiceCollection services)
    {
        services.AddSingleton<IDiscordRest>(sp => new DiscordRestClient(
            sp.GetRequiredService<IOptions<DiscordOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DiscordRestClient>>()));
        services.AddSingleton<IDiscordGateway>(sp => new GatewayClient(
            sp.GetRequiredService<IDiscordRest>(),
            sp.GetRequiredService<IOptions<DiscordOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<GatewayClient>>()));
        return services;
    }
}
