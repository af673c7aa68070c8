using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PaperBot.Corpus;

/// <summary>Registers the corpus watcher (its options, <see cref="CorpusOptions"/>, are the host's).</summary>
internal static class CorpusWatcherRegistration
{
    /// <summary>Adds <see cref="CorpusWatcher"/>; it runs when the host is started and <c>Corpus:Watch</c> is true.</summary>
    public static IServiceCollection AddCorpusWatcher(this IServiceCollection services)
    {
        services.TryAddSingleton<CorpusUpdater>();
        services.AddHostedService<CorpusWatcher>();
        return services;
    }
}
