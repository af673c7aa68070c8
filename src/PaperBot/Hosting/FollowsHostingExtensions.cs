using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PaperBot.Core.Follows;
using PaperBot.Core.Library;
using PaperBot.Follows;

namespace PaperBot.Hosting;

/// <summary>Follows, their digests and "for you": the services everywhere, the digest scheduler only where DMs can be sent.</summary>
internal static class FollowsHostingExtensions
{
    /// <summary>
    /// Registers <see cref="DigestBuilder"/> and <see cref="ForYouRanker"/>. The stores (<see cref="IFollowStore"/>,
    /// <see cref="IDigestLog"/>, <see cref="ILibraryNeighbours"/>) come from the data project.
    /// </summary>
    public static IServiceCollection AddPaperBotFollows(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<DigestBuilder>();
        services.TryAddSingleton<ForYouRanker>();
        return services;
    }

    /// <summary>Adds the <see cref="DigestScheduler"/>; call it only when an <see cref="IDigestMessenger"/> is registered (Discord is configured).</summary>
    public static IServiceCollection AddDigestScheduler(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(DigestScheduler)))
        {
            return services; // a second scheduler would race the first for every digest
        }

        services.TryAddSingleton<DigestSender>();
        services.TryAddSingleton<DigestScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<DigestScheduler>());
        return services;
    }
}
