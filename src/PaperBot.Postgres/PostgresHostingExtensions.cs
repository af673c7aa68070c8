using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PaperBot.Core.Chat;
using PaperBot.Core.Corpus;
using PaperBot.Core.Follows;
using PaperBot.Core.Highlights;
using PaperBot.Core.Library;
using PaperBot.Core.Papers;
using PaperBot.Core.Status;
using PaperBot.Postgres.Chat;
using PaperBot.Postgres.Database;
using PaperBot.Postgres.Follows;
using PaperBot.Postgres.Highlights;
using PaperBot.Postgres.Ingest;
using PaperBot.Postgres.Library;
using PaperBot.Postgres.Papers;
using PaperBot.Postgres.Search;
using PaperBot.Postgres.Status;
using PaperBot.Postgres.Vectors;
using PaperBot.Retrieval.Topics;
using PaperBot.Retrieval.Vectors;

namespace PaperBot.Postgres;

/// <summary>
/// Validates <c>Storage:Provider</c> and <c>Storage:ConnectionString</c> always; with <c>Storage:Provider=Postgres</c>,
/// puts the PostgreSQL store behind the ports it implements. Call it after <c>AddPaperBotData</c> (whose SQLite
/// registrations it replaces), so the composition reads the same for both providers.
/// </summary>
public static class PostgresHostingExtensions
{
    public static IHostApplicationBuilder AddPaperBotPostgres(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<PostgresOptions>()
            .BindConfiguration(PostgresOptions.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<PostgresOptions>>(new PostgresOptionsValidator(ConnectionStringInConfigFile(builder.Configuration)));
        var options = builder.Configuration.GetSection(PostgresOptions.SectionName).Get<PostgresOptions>() ?? new PostgresOptions();
        if (!options.UsesPostgres)
        {
            return builder;
        }

        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(PostClaimLease.Default);
        services.AddSingleton<PostgresDatabase>();
        services.Replace(ServiceDescriptor.Singleton<ISubscriptionStore, PostgresSubscriptionStore>());
        services.Replace(ServiceDescriptor.Singleton<IHighlightPostLog, PostgresHighlightPostLog>());
        services.Replace(ServiceDescriptor.Singleton<IPostedPapers, PostgresPostedPapers>());
        services.Replace(ServiceDescriptor.Singleton<IConversationStore, PostgresConversationStore>());
        services.Replace(ServiceDescriptor.Singleton<IPaperStore, PostgresPaperStore>());
        services.Replace(ServiceDescriptor.Singleton<ICorpusIngestor, PostgresCorpusIngestor>());

        // Search: PostgreSQL's own word index (nothing to build beside it), fused with the vectors as on SQLite.
        services.AddSingleton<WordFrequencies>();
        services.AddSingleton<PostgresHybridSearch>();
        services.Replace(ServiceDescriptor.Singleton<IPaperSearch, PostgresPaperSearch>());
        services.Replace(ServiceDescriptor.Singleton<ISearchIndexBuilder, PostgresSearchIndex>());
        services.Replace(ServiceDescriptor.Singleton<ISimilarPapers, PostgresSimilarPapers>());
        services.AddSingleton<PostgresRecentPapers>();
        services.Replace(ServiceDescriptor.Singleton<IRecentPapers>(sp => sp.GetRequiredService<PostgresRecentPapers>()));
        services.Replace(ServiceDescriptor.Singleton<ITopicPapers>(sp => sp.GetRequiredService<PostgresRecentPapers>()));

        // One vector store per process: the ranking shared with SQLite (meaning similarity, library neighbours, topic
        // trends) reads it through IStoredVectors, so it is registered here and not replaced one by one.
        services.AddSingleton<PostgresEmbeddingStore>();
        services.Replace(ServiceDescriptor.Singleton<IEmbeddingStore>(sp => sp.GetRequiredService<PostgresEmbeddingStore>()));
        services.Replace(ServiceDescriptor.Singleton<IStoredVectors>(sp => sp.GetRequiredService<PostgresEmbeddingStore>()));

        services.Replace(ServiceDescriptor.Singleton<ILibraryStore, PostgresLibraryStore>());
        services.Replace(ServiceDescriptor.Singleton<IReadingListStore, PostgresReadingListStore>());
        services.Replace(ServiceDescriptor.Singleton<IMemberChannels, PostgresMemberChannels>());
        services.Replace(ServiceDescriptor.Singleton<IPaperVotes, PostgresPaperVotes>());
        services.Replace(ServiceDescriptor.Singleton<IMemberData, PostgresMemberData>());
        services.Replace(ServiceDescriptor.Singleton<IFollowStore, PostgresFollowStore>());
        services.Replace(ServiceDescriptor.Singleton<IDigestLog, PostgresDigestLog>());
        services.Replace(ServiceDescriptor.Singleton<IStatusBoard, PostgresStatusBoard>());
        return builder;
    }

    /// <summary>Whether a committed settings file (<c>config/*.json</c>) holds a connection string; user-secrets and the environment are fine.</summary>
    private static bool ConnectionStringInConfigFile(IConfiguration configuration) =>
        configuration is IConfigurationRoot root && root.Providers.OfType<FileConfigurationProvider>().Any(p =>
            p.Source.Path?.StartsWith("config", StringComparison.OrdinalIgnoreCase) == true
            && p.TryGet($"{PostgresOptions.SectionName}:ConnectionString", out var value) && !string.IsNullOrEmpty(value));
}
