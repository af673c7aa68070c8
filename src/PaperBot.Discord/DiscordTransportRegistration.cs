using Microsoft.Extensions.DependencyInjection;

namespace PaperBot.Discord;

// TEMPORARY placeholder until the transport branch lands (it replaces this file).
internal static class DiscordTransportRegistration
{
    public static IServiceCollection AddDiscordTransport(this IServiceCollection services) => services;
}
